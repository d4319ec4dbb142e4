import type { TrendGroupBy } from '@app/contracts';
import { FilterForm } from '@web/components/FilterForm';
import type { FilterSelect } from '@web/components/FilterSelects';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { usePeerGroupSelects } from '@web/features/analytics/hooks/usePeerGroupSelects';
import { peerGroupDraft, peerGroupFromDraft } from '@web/features/analytics/utils/peer-group-draft';
import { useFilterDraft } from '@web/lib/useFilterDraft';
import type { ProvisionViewState } from '../utils/provision-view-state';

interface Props {
  state: ProvisionViewState;
  years: number[];
  onApply: (state: ProvisionViewState) => void;
}

const SPLIT_OPTIONS = [
  { value: 'landlordType', text: 'Landlord type' },
  { value: 'region', text: 'Region' },
  { value: 'sizeBand', text: 'Size' },
];

export function TrendFilters({ state, years, onApply }: Props) {
  const ascending = yearOptions([...years].sort((a, b) => a - b));
  const peerGroup = usePeerGroupSelects();
  const draft = useFilterDraft(
    {
      from: state.from ? String(state.from) : '',
      to: state.to ? String(state.to) : '',
      groupBy: state.groupBy === 'none' ? '' : state.groupBy,
      ...peerGroupDraft(state),
    },
    (values) =>
      onApply({
        ...state,
        from: values.from ? Number(values.from) : undefined,
        to: values.to ? Number(values.to) : undefined,
        groupBy: (values.groupBy || 'none') as TrendGroupBy,
        ...peerGroupFromDraft(values),
        page: 1,
      }),
  );
  const selects: FilterSelect<keyof typeof draft.draft>[] = [
    { name: 'from', label: 'From', options: ascending, anyText: 'First year' },
    { name: 'to', label: 'To', options: ascending, anyText: 'Latest year' },
    { name: 'groupBy', id: 'split', label: 'Split by', options: SPLIT_OPTIONS, anyText: 'No split' },
    ...peerGroup,
  ];
  return <FilterForm label="Filter the trend" idPrefix="trend" draft={draft} selects={selects} />;
}
