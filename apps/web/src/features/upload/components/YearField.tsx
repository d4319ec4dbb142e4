import { TextField } from '@web/components/TextField';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** Optional: the parser reads the year from the document; the reviewer can change it before confirming. */
export function YearField({ value, onChange, error }: Props) {
  return (
    <TextField
      id="assessmentYear"
      label="Assessment year (optional)"
      labelClassName="govuk-label govuk-label--m"
      hint="Leave this blank and we will read the year from the document. You can change it before you confirm."
      error={error}
      inputClassName="govuk-input--width-4"
      name="assessmentYear"
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={onChange}
    />
  );
}
