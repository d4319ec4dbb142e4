import type { AnswerStatus, MatrixSort } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { SelectField } from '@web/components/SelectField';
import { STATUS_OPTIONS, yearOptions } from '@web/features/analytics/utils/filter-options';
import { FilterSubmit } from '@web/components/FilterSubmit';
import { PeerGroupFields } from '@web/features/analytics/components/PeerGroupFields';
import { peerGroupDraft, peerGroupFromDraft } from '@web/features/analytics/utils/peer-group-draft';
import { type MatrixViewState, withFilters } from '../utils/matrix-view-state';

interface Props {
  state: MatrixViewState;
  year: number;
  years: number[];
  sections: { number: number; title: string }[];
  onApply: (state: MatrixViewState) => void;
}

const SORT_OPTIONS = [
  { value: 'name', text: 'Landlord name' },
  { value: '-nonCompliant', text: 'Most no or partly answers first' },
  { value: 'nonCompliant', text: 'Fewest no or partly answers first' },
];

/** The Compare filters; applied together so the address changes once per choice. */
export function MatrixFilters({ state, year, years, sections, onApply }: Props) {
  const [draft, setDraft] = useState({
    year: String(year),
    ...peerGroupDraft(state),
    section: state.section ? String(state.section) : '',
    status: state.status ?? '',
    sort: state.sort,
  });
  const set = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(
      withFilters(state, {
        year: Number(draft.year),
        ...peerGroupFromDraft(draft),
        section: draft.section ? Number(draft.section) : undefined,
        status: (draft.status || undefined) as AnswerStatus | undefined,
        sort: draft.sort as MatrixSort,
      }),
    );
  };

  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the comparison">
      <SelectField
        id="matrix-year"
        label="Year"
        value={draft.year}
        options={yearOptions(years)}
        onChange={set('year')}
      />
      <PeerGroupFields idPrefix="matrix" draft={draft} set={set} />
      <SelectField
        id="matrix-section"
        label="Code section"
        value={draft.section}
        options={sections.map((section) => ({
          value: String(section.number),
          text: `${section.number}. ${section.title}`,
        }))}
        anyText="All sections"
        onChange={set('section')}
      />
      <SelectField
        id="matrix-status"
        label="With an answer of"
        value={draft.status}
        options={STATUS_OPTIONS}
        anyText="Any answer"
        onChange={set('status')}
      />
      <SelectField
        id="matrix-sort"
        label="Order"
        value={draft.sort}
        options={SORT_OPTIONS}
        onChange={set('sort')}
      />
      <FilterSubmit text="Apply filters" />
    </form>
  );
}
