import { CONSISTENCY_FLAG_LABELS, CONSISTENCY_FLAGS, type SearchQuery } from '@app/contracts';
import { SelectField } from '@web/components/SelectField';
import { useProvisionCatalog } from '@web/features/analytics/hooks/useCodeReference';
import {
  LANDLORD_TYPE_OPTIONS,
  SIZE_BAND_OPTIONS,
  STATUS_OPTIONS,
} from '@web/features/analytics/utils/filter-options';
import { CheckboxField } from '@web/components/CheckboxField';

interface Props {
  query: SearchQuery;
  onChange: (changes: Partial<SearchQuery>) => void;
}

const FLAG_OPTIONS = CONSISTENCY_FLAGS.map((flag) => ({ value: flag, text: CONSISTENCY_FLAG_LABELS[flag] }));

/** Narrowing a search: 2024 provision (2022 answers through the crosswalk), status, year, flag, peer group. */
export function SearchFilters({ query, onChange }: Props) {
  const provisions = useProvisionCatalog('2024');
  const provisionOptions = (provisions.data ?? []).map((p) => ({ value: p.number, text: p.number }));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, text: y }));
  return (
    <div className="app-filters" data-testid="search-filters">
      <SelectField
        id="provision"
        label="Provision (2024)"
        value={query.provision ?? ''}
        options={provisionOptions}
        anyText="Any"
        onChange={(v) => onChange({ provision: v || undefined })}
      />
      <SelectField
        id="status"
        label="Answer"
        value={query.status ?? ''}
        options={STATUS_OPTIONS}
        anyText="Any"
        onChange={(v) => onChange({ status: (v || undefined) as SearchQuery['status'] })}
      />
      <SelectField
        id="year"
        label="Year"
        value={query.year ? String(query.year) : ''}
        options={years}
        anyText="Any"
        onChange={(v) => onChange({ year: v ? Number(v) : undefined })}
      />
      <SelectField
        id="flag"
        label="Flag"
        value={query.flag ?? ''}
        options={FLAG_OPTIONS}
        anyText="Any"
        onChange={(v) => onChange({ flag: (v || undefined) as SearchQuery['flag'] })}
      />
      <SelectField
        id="landlordType"
        label="Landlord type"
        value={query.landlordType ?? ''}
        options={LANDLORD_TYPE_OPTIONS}
        anyText="Any"
        onChange={(v) => onChange({ landlordType: (v || undefined) as SearchQuery['landlordType'] })}
      />
      <SelectField
        id="sizeBand"
        label="Size"
        value={query.sizeBand ?? ''}
        options={SIZE_BAND_OPTIONS}
        anyText="Any"
        onChange={(v) => onChange({ sizeBand: (v || undefined) as SearchQuery['sizeBand'] })}
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
