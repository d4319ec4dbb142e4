import type { SearchQuery } from '@app/contracts';
import { CheckboxField } from '@web/components/CheckboxField';
import { type FilterSelect, FilterSelects } from '@web/components/FilterSelects';
import { useProvisionCatalog } from '@web/features/analytics/hooks/useCodeReference';
import { bindFilter } from '@web/features/analytics/utils/bind-filter';
import {
  FLAG_OPTIONS,
  LANDLORD_TYPE_OPTIONS,
  SIZE_BAND_OPTIONS,
  STATUS_OPTIONS,
  provisionOptions,
  recentYearOptions,
} from '@web/features/analytics/utils/filter-options';

interface Props {
  query: SearchQuery;
  onChange: (changes: Partial<SearchQuery>) => void;
}

/** Narrowing a search: 2024 provision (2022 answers through the crosswalk), status, year, flag, peer group. */
export function SearchFilters({ query, onChange }: Props) {
  const provisions = useProvisionCatalog('2024');
  const filter = bindFilter(query, onChange);
  const selects: FilterSelect<keyof SearchQuery>[] = [
    {
      name: 'provision',
      label: 'Provision (2024)',
      options: provisionOptions(provisions.data),
      anyText: 'Any',
    },
    { name: 'status', label: 'Answer', options: STATUS_OPTIONS, anyText: 'Any' },
    { name: 'year', label: 'Year', options: recentYearOptions(), anyText: 'Any' },
    { name: 'flag', label: 'Flag', options: FLAG_OPTIONS, anyText: 'Any' },
    { name: 'landlordType', label: 'Landlord type', options: LANDLORD_TYPE_OPTIONS, anyText: 'Any' },
    { name: 'sizeBand', label: 'Size', options: SIZE_BAND_OPTIONS, anyText: 'Any' },
  ];
  return (
    <div className="app-filters" data-testid="search-filters">
      <FilterSelects
        selects={selects}
        field={(name) => filter(name, name === 'year' ? { parse: Number } : {})}
      />
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
