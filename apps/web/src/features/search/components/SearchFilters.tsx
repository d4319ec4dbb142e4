import { CONSISTENCY_FLAG_LABELS, CONSISTENCY_FLAGS, type SearchQuery } from '@app/contracts';
import { CheckboxField } from '@web/components/CheckboxField';
import { type SelectOption, SelectField } from '@web/components/SelectField';
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

interface SearchSelect {
  name: keyof SearchQuery;
  label: string;
  options: SelectOption[];
  parse?: (value: string) => number;
}

const FLAG_OPTIONS = CONSISTENCY_FLAGS.map((flag) => ({ value: flag, text: CONSISTENCY_FLAG_LABELS[flag] }));

/** Narrowing a search: 2024 provision (2022 answers through the crosswalk), status, year, flag, peer group. */
export function SearchFilters({ query, onChange }: Props) {
  const provisions = useProvisionCatalog('2024');
  const provisionOptions = (provisions.data ?? []).map((p) => ({ value: p.number, text: p.number }));
  const filter = bindFilter(query, onChange);
  const selects: SearchSelect[] = [
    { name: 'provision', label: 'Provision (2024)', options: provisionOptions },
    { name: 'status', label: 'Answer', options: STATUS_OPTIONS },
    { name: 'year', label: 'Year', options: recentYearOptions(), parse: Number },
    { name: 'flag', label: 'Flag', options: FLAG_OPTIONS },
    { name: 'landlordType', label: 'Landlord type', options: LANDLORD_TYPE_OPTIONS },
    { name: 'sizeBand', label: 'Size', options: SIZE_BAND_OPTIONS },
  ];
  return (
    <div className="app-filters" data-testid="search-filters">
      {selects.map((select) => (
        <SelectField
          key={select.name}
          id={select.name}
          label={select.label}
          options={select.options}
          anyText="Any"
          {...filter(select.name, select.parse)}
        />
      ))}
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
