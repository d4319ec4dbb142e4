import type { LandlordType, SizeBand } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { SelectField } from '@web/components/SelectField';
import {
  LANDLORD_TYPE_OPTIONS,
  SIZE_BAND_OPTIONS,
  regionOptions,
  yearOptions,
} from '@web/features/analytics/utils/filter-options';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import type { ProvisionIndexViewState } from '../utils/provision-index-view-state';

interface Props {
  state: ProvisionIndexViewState;
  year: number;
  years: number[];
  onApply: (state: ProvisionIndexViewState) => void;
}

/** Year and peer group of the provision index; applied together so the address changes once. */
export function ProvisionIndexFilters({ state, year, years, onApply }: Props) {
  const landlords = useLandlords();
  const [draft, setDraft] = useState({
    year: String(year),
    landlordType: state.landlordType ?? '',
    region: state.region ?? '',
    sizeBand: state.sizeBand ?? '',
  });
  const set = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      ...state,
      year: Number(draft.year),
      landlordType: (draft.landlordType || undefined) as LandlordType | undefined,
      region: draft.region || undefined,
      sizeBand: (draft.sizeBand || undefined) as SizeBand | undefined,
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
      <SelectField
        id="provisions-type"
        label="Landlord type"
        value={draft.landlordType}
        options={LANDLORD_TYPE_OPTIONS}
        anyText="All types"
        onChange={set('landlordType')}
      />
      <SelectField
        id="provisions-region"
        label="Region"
        value={draft.region}
        options={regionOptions(landlords.data)}
        anyText="All regions"
        onChange={set('region')}
      />
      <SelectField
        id="provisions-size"
        label="Size"
        value={draft.sizeBand}
        options={SIZE_BAND_OPTIONS}
        anyText="All sizes"
        onChange={set('sizeBand')}
      />
      <div className="govuk-form-group app-filter app-filter--action">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Apply
        </button>
      </div>
    </form>
  );
}
