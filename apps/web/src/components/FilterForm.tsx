import type { FormEvent, ReactNode } from 'react';
import { type FilterSelect, FilterSelects } from './FilterSelects';
import { FilterSubmit } from './FilterSubmit';

interface Props<Name extends string> {
  /** The form's accessible name, e.g. "Filter the trend". */
  label: string;
  /** Ids are `<idPrefix>-<id>`. */
  idPrefix: string;
  selects: FilterSelect<Name>[];
  /** The draft the form edits, as useFilterDraft gives it. */
  draft: {
    field: (name: Name) => { value: string; onChange: (value: string) => void };
    submit: (event: FormEvent) => void;
  };
  submitText?: string;
  /** Fields after the selects. */
  children?: ReactNode;
}

/** A row of filters applied together by one button, so the address changes once per choice. */
export function FilterForm<Name extends string>({
  label,
  idPrefix,
  selects,
  draft,
  submitText = 'Apply filters',
  children,
}: Props<Name>) {
  return (
    <form className="app-filters" onSubmit={draft.submit} aria-label={label}>
      <FilterSelects idPrefix={idPrefix} field={draft.field} selects={selects} />
      {children}
      <FilterSubmit text={submitText} />
    </form>
  );
}
