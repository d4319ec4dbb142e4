import { type SelectOption, SelectField } from './SelectField';

/** One select of a filter row, bound to the field `name` of the filters. */
export interface FilterSelect<Name extends string = string> {
  name: Name;
  label: string;
  options: SelectOption[];
  /** The first option, meaning "no filter"; none where a value is always chosen. */
  anyText?: string;
  /** The id (after the prefix) where it differs from the name. */
  id?: string;
}

interface Props<Name extends string> {
  /** Ids are `<idPrefix>-<id>`; without a prefix, the id alone. */
  idPrefix?: string;
  selects: FilterSelect<Name>[];
  /** The value and change handler of each field, e.g. useFilterDraft's `field`. */
  field: (name: Name) => { value: string; onChange: (value: string) => void };
}

/** A filter row's selects, drawn from one list. */
export function FilterSelects<Name extends string>({ idPrefix, selects, field }: Props<Name>) {
  return selects.map(({ name, id = name, ...select }) => (
    <SelectField key={name} id={idPrefix ? `${idPrefix}-${id}` : id} {...select} {...field(name)} />
  ));
}
