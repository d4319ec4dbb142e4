import type { AnswerStatus, MatrixSort } from '@app/contracts';
import { FilterForm } from '@web/components/FilterForm';
import type { FilterSelect } from '@web/components/FilterSelects';
import { STATUS_OPTIONS, yearOptions } from '@web/features/analytics/utils/filter-options';
import { usePeerGroupSelects } from '@web/features/analytics/hooks/usePeerGroupSelects';
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
  const peerGroup = usePeerGroupSelects();
  const draft = useFilterDraft(
    {
      year: String(year),
      ...peerGroupDraft(state),
      section: state.section ? String(state.section) : '',
      status: state.status ?? '',
      sort: state.sort,
    },
    (values) =>
      onApply(
        withFilters(state, {
          year: Number(values.year),
          ...peerGroupFromDraft(values),
          section: values.section ? Number(values.section) : undefined,
          status: (values.status || undefined) as AnswerStatus | undefined,
          sort: values.sort as MatrixSort,
        }),
      ),
  );
  const sectionOptions = sections.map((section) => ({
    value: String(section.number),
    text: `${section.number}. ${section.title}`,
  }));
  const selects: FilterSelect<keyof typeof draft.draft>[] = [
    { name: 'year', label: 'Year', options: yearOptions(years) },
    ...peerGroup,
    { name: 'section', label: 'Code section', options: sectionOptions, anyText: 'All sections' },
    { name: 'status', label: 'With an answer of', options: STATUS_OPTIONS, anyText: 'Any answer' },
    { name: 'sort', label: 'Order', options: SORT_OPTIONS },
  ];
  return <FilterForm label="Filter the comparison" idPrefix="matrix" draft={draft} selects={selects} />;
}
