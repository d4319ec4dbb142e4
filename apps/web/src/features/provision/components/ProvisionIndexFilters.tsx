import { FilterForm } from '@web/components/FilterForm';
import { yearOptions } from '@web/features/analytics/utils/filter-options';
import { usePeerGroupSelects } from '@web/features/analytics/hooks/usePeerGroupSelects';
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
  const peerGroup = usePeerGroupSelects();
  const draft = useFilterDraft({ year: String(year), ...peerGroupDraft(state) }, (values) =>
    onApply({ ...state, year: Number(values.year), ...peerGroupFromDraft(values) }),
  );
  return (
    <FilterForm
      label="Filter the provisions"
      idPrefix="provisions"
      draft={draft}
      selects={[{ name: 'year', label: 'Year', options: yearOptions(years) }, ...peerGroup]}
      submitText="Apply"
    />
  );
}
