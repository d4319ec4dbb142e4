export interface SelectOption {
  value: string;
  text: string;
}

interface Props {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  /** The first option, meaning "no filter". */
  anyText?: string;
}

/** A labelled GOV.UK select. */
export function SelectField({ id, label, value, options, onChange, anyText }: Props) {
  return (
    <div className="govuk-form-group app-filter">
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <select
        className="govuk-select"
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {anyText !== undefined ? <option value="">{anyText}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
