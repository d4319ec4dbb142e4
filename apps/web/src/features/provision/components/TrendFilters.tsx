import type { TrendGroupBy } from '@app/contracts';
import { SelectField } from '@web/components/SelectField';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { FilterSubmit } from '@web/components/FilterSubmit';
import { PeerGroupFields } from '@web/features/analytics/components/PeerGroupFields';
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
  const { field, submit } = useFilterDraft(
    {
      from: state.from ? String(state.from) : '',
      to: state.to ? String(state.to) : '',
      groupBy: state.groupBy === 'none' ? '' : state.groupBy,
      ...peerGroupDraft(state),
    },
    (draft) =>
      onApply({
        ...state,
        from: draft.from ? Number(draft.from) : undefined,
        to: draft.to ? Number(draft.to) : undefined,
        groupBy: (draft.groupBy || 'none') as TrendGroupBy,
        ...peerGroupFromDraft(draft),
        page: 1,
      }),
  );
  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the trend">
      <SelectField id="trend-from" label="From" options={ascending} anyText="First year" {...field('from')} />
      <SelectField id="trend-to" label="To" options={ascending} anyText="Latest year" {...field('to')} />
      <SelectField
        id="trend-split"
        label="Split by"
        options={SPLIT_OPTIONS}
        anyText="No split"
        {...field('groupBy')}
      />
      <PeerGroupFields idPrefix="trend" field={field} />
      <FilterSubmit text="Apply filters" />
    </form>
  );
}
