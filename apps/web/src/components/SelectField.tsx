import { FormGroup } from './FormGroup';
import { SelectOptions } from './SelectOptions';

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
    <FormGroup id={id} label={label} labelClassName="govuk-label govuk-label--s" className="app-filter">
      <select
        className="govuk-select"
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <SelectOptions options={options} emptyText={anyText} />
      </select>
    </FormGroup>
  );
}
