import { CONSISTENCY_FLAG_LABELS, CONSISTENCY_FLAGS, type SearchQuery } from '@app/contracts';
import { CheckboxField } from '@web/components/CheckboxField';
import { type FilterSelect, FilterSelects } from '@web/components/FilterSelects';
import { useProvisionCatalog } from '@web/features/analytics/hooks/useCodeReference';
import { bindFilter } from '@web/features/analytics/utils/bind-filter';
import {
  LANDLORD_TYPE_OPTIONS,
  SIZE_BAND_OPTIONS,
  STATUS_OPTIONS,
  recentYearOptions,
} from '@web/features/analytics/utils/filter-options';

interface Props {
  query: SearchQuery;
  onChange: (changes: Partial<SearchQuery>) => void;
}

const FLAG_OPTIONS = CONSISTENCY_FLAGS.map((flag) => ({ value: flag, text: CONSISTENCY_FLAG_LABELS[flag] }));

/** Narrowing a search: 2024 provision (2022 answers through the crosswalk), status, year, flag, peer group. */
export function SearchFilters({ query, onChange }: Props) {
  const provisions = useProvisionCatalog('2024');
  const provisionOptions = (provisions.data ?? []).map((p) => ({ value: p.number, text: p.number }));
  const filter = bindFilter(query, onChange);
  const selects: FilterSelect<keyof SearchQuery>[] = [
    { name: 'provision', label: 'Provision (2024)', options: provisionOptions, anyText: 'Any' },
    { name: 'status', label: 'Answer', options: STATUS_OPTIONS, anyText: 'Any' },
    { name: 'year', label: 'Year', options: recentYearOptions(), anyText: 'Any' },
    { name: 'flag', label: 'Flag', options: FLAG_OPTIONS, anyText: 'Any' },
    { name: 'landlordType', label: 'Landlord type', options: LANDLORD_TYPE_OPTIONS, anyText: 'Any' },
    { name: 'sizeBand', label: 'Size', options: SIZE_BAND_OPTIONS, anyText: 'Any' },
  ];
  return (
    <div className="app-filters" data-testid="search-filters">
      <FilterSelects selects={selects} field={(name) => filter(name, name === 'year' ? Number : undefined)} />
      <CheckboxField
        id="all"
        label="Include superseded submissions"
        className="app-filter"
        checked={query.all === true}
        onChange={(checked) => onChange({ all: checked || undefined })}
      />
    </div>
  );
}
