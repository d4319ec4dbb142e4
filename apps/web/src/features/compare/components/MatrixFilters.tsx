import type { AnswerStatus, MatrixSort } from '@app/contracts';
import { SelectField } from '@web/components/SelectField';
import { STATUS_OPTIONS, yearOptions } from '@web/features/analytics/utils/filter-options';
import { FilterSubmit } from '@web/components/FilterSubmit';
import { PeerGroupFields } from '@web/features/analytics/components/PeerGroupFields';
import { peerGroupDraft, peerGroupFromDraft } from '@web/features/analytics/utils/peer-group-draft';
import { useFilterDraft } from '@web/lib/useFilterDraft';
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
  const { field, submit } = useFilterDraft(
    {
      year: String(year),
      ...peerGroupDraft(state),
      section: state.section ? String(state.section) : '',
      status: state.status ?? '',
      sort: state.sort,
    },
    (draft) =>
      onApply(
        withFilters(state, {
          year: Number(draft.year),
          ...peerGroupFromDraft(draft),
          section: draft.section ? Number(draft.section) : undefined,
          status: (draft.status || undefined) as AnswerStatus | undefined,
          sort: draft.sort as MatrixSort,
        }),
      ),
  );
  const sectionOptions = sections.map((section) => ({
    value: String(section.number),
    text: `${section.number}. ${section.title}`,
  }));

  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the comparison">
      <SelectField id="matrix-year" label="Year" options={yearOptions(years)} {...field('year')} />
      <PeerGroupFields idPrefix="matrix" field={field} />
      <SelectField
        id="matrix-section"
        label="Code section"
        options={sectionOptions}
        anyText="All sections"
        {...field('section')}
      />
      <SelectField
        id="matrix-status"
        label="With an answer of"
        options={STATUS_OPTIONS}
        anyText="Any answer"
        {...field('status')}
      />
      <SelectField id="matrix-sort" label="Order" options={SORT_OPTIONS} {...field('sort')} />
      <FilterSubmit text="Apply filters" />
    </form>
  );
}
