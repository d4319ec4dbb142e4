import { type FormEvent, useState } from 'react';
import { SelectField } from '@web/components/SelectField';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { FilterSubmit } from '@web/components/FilterSubmit';
import { PeerGroupFields } from '@web/features/analytics/components/PeerGroupFields';
import { peerGroupDraft, peerGroupFromDraft } from '@web/features/analytics/utils/peer-group-draft';
import type { ProvisionIndexViewState } from '../utils/provision-index-view-state';

interface Props {
  state: ProvisionIndexViewState;
  year: number;
  years: number[];
  onApply: (state: ProvisionIndexViewState) => void;
}

/** Year and peer group of the provision index; applied together so the address changes once. */
export function ProvisionIndexFilters({ state, year, years, onApply }: Props) {
  const [draft, setDraft] = useState({
    year: String(year),
    ...peerGroupDraft(state),
  });
  const set = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...state,
      year: Number(draft.year),
      ...peerGroupFromDraft(draft),
    });
  };

  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the provisions">
      <SelectField
        id="provisions-year"
        label="Year"
        value={draft.year}
        options={yearOptions(years)}
        onChange={set('year')}
      />
      <PeerGroupFields idPrefix="provisions" draft={draft} set={set} />
      <FilterSubmit text="Apply" />
    </form>
  );
}
