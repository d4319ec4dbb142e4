import type { SelectOption } from './SelectField';

interface Props {
  options: SelectOption[];
  /** A first option with the value '', e.g. "Any" or "Choose a landlord". */
  emptyText?: string;
}

/** The options of a select, in order, after the optional empty choice. */
export function SelectOptions({ options, emptyText }: Props) {
  return (
    <>
      {emptyText !== undefined ? <option value="">{emptyText}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.text}
        </option>
      ))}
    </>
  );
}
