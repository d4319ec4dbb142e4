import type { TrendGroupBy } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { SelectField } from '@web/components/SelectField';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { FilterSubmit } from '@web/components/FilterSubmit';
import { PeerGroupFields } from '@web/features/analytics/components/PeerGroupFields';
import { peerGroupDraft, peerGroupFromDraft } from '@web/features/analytics/utils/peer-group-draft';
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
  const ascending = [...years].sort((a, b) => a - b);
  const [draft, setDraft] = useState({
    from: state.from ? String(state.from) : '',
    to: state.to ? String(state.to) : '',
    groupBy: state.groupBy === 'none' ? '' : state.groupBy,
    ...peerGroupDraft(state),
  });
  const set = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...state,
      from: draft.from ? Number(draft.from) : undefined,
      to: draft.to ? Number(draft.to) : undefined,
      groupBy: (draft.groupBy || 'none') as TrendGroupBy,
      ...peerGroupFromDraft(draft),
      page: 1,
    });
  };
  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the trend">
      <SelectField
        id="trend-from"
        label="From"
        value={draft.from}
        options={yearOptions(ascending)}
        anyText="First year"
        onChange={set('from')}
      />
      <SelectField
        id="trend-to"
        label="To"
        value={draft.to}
        options={yearOptions(ascending)}
        anyText="Latest year"
        onChange={set('to')}
      />
      <SelectField
        id="trend-split"
        label="Split by"
        value={draft.groupBy}
        options={SPLIT_OPTIONS}
        anyText="No split"
        onChange={set('groupBy')}
      />
      <PeerGroupFields idPrefix="trend" draft={draft} set={set} />
      <FilterSubmit text="Apply filters" />
    </form>
  );
}
