import { SelectField } from '@web/components/SelectField';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { FilterSubmit } from '@web/components/FilterSubmit';
import { PeerGroupFields } from '@web/features/analytics/components/PeerGroupFields';
import { peerGroupDraft, peerGroupFromDraft } from '@web/features/analytics/utils/peer-group-draft';
import { useFilterDraft } from '@web/lib/useFilterDraft';
import type { ProvisionIndexViewState } from '../utils/provision-index-view-state';

interface Props {
  state: ProvisionIndexViewState;
  year: number;
  years: number[];
  onApply: (state: ProvisionIndexViewState) => void;
}

/** Year and peer group of the provision index; applied together so the address changes once. */
export function ProvisionIndexFilters({ state, year, years, onApply }: Props) {
  const { field, submit } = useFilterDraft({ year: String(year), ...peerGroupDraft(state) }, (draft) =>
    onApply({ ...state, year: Number(draft.year), ...peerGroupFromDraft(draft) }),
  );
  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the provisions">
      <SelectField id="provisions-year" label="Year" options={yearOptions(years)} {...field('year')} />
      <PeerGroupFields idPrefix="provisions" field={field} />
      <FilterSubmit text="Apply" />
    </form>
  );
}
