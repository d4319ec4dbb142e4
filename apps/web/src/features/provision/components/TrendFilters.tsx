import type { LandlordType, SizeBand, TrendGroupBy } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { SelectField } from '@web/components/SelectField';
import {
  LANDLORD_TYPE_OPTIONS,
  SIZE_BAND_OPTIONS,
  regionOptions,
  yearOptions,
} from '@web/features/analytics/utils/filter-options';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
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
  const landlords = useLandlords();
  const ascending = [...years].sort((a, b) => a - b);
  const [draft, setDraft] = useState({
    from: state.from ? String(state.from) : '',
    to: state.to ? String(state.to) : '',
    groupBy: state.groupBy === 'none' ? '' : state.groupBy,
    landlordType: state.landlordType ?? '',
    region: state.region ?? '',
    sizeBand: state.sizeBand ?? '',
  });
  const set = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...state,
      from: draft.from ? Number(draft.from) : undefined,
      to: draft.to ? Number(draft.to) : undefined,
      groupBy: (draft.groupBy || 'none') as TrendGroupBy,
      landlordType: (draft.landlordType || undefined) as LandlordType | undefined,
      region: draft.region || undefined,
      sizeBand: (draft.sizeBand || undefined) as SizeBand | undefined,
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
      <SelectField
        id="trend-type"
        label="Landlord type"
        value={draft.landlordType}
        options={LANDLORD_TYPE_OPTIONS}
        anyText="All types"
        onChange={set('landlordType')}
      />
      <SelectField
        id="trend-region"
        label="Region"
        value={draft.region}
        options={regionOptions(landlords.data)}
        anyText="All regions"
        onChange={set('region')}
      />
      <SelectField
        id="trend-size"
        label="Size"
        value={draft.sizeBand}
        options={SIZE_BAND_OPTIONS}
        anyText="All sizes"
        onChange={set('sizeBand')}
      />
      <div className="govuk-form-group app-filter app-filter--action">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Apply filters
        </button>
      </div>
    </form>
  );
}
