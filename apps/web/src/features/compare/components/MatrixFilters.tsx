import type { AnswerStatus, LandlordType, MatrixSort, SizeBand } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { SelectField } from '@web/components/SelectField';
import {
  LANDLORD_TYPE_OPTIONS,
  SIZE_BAND_OPTIONS,
  STATUS_OPTIONS,
  regionOptions,
  yearOptions,
} from '@web/features/analytics/utils/filter-options';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import { type MatrixViewState, withFilters } from '../utils/matrix-view-state';

interface Props {
  state: MatrixViewState;
  year: number;
  years: number[];
  sections: { number: number; title: string }[];
  onApply: (state: MatrixViewState) => void;
}

const SORT_OPTIONS = [
  { value: 'name', text: 'Landlord name' },
  { value: '-nonCompliant', text: 'Most no or partly answers first' },
  { value: 'nonCompliant', text: 'Fewest no or partly answers first' },
];

/** The Compare filters; applied together so the address changes once per choice. */
export function MatrixFilters({ state, year, years, sections, onApply }: Props) {
  const landlords = useLandlords();
  const [draft, setDraft] = useState({
    year: String(year),
    landlordType: state.landlordType ?? '',
    region: state.region ?? '',
    sizeBand: state.sizeBand ?? '',
    section: state.section ? String(state.section) : '',
    status: state.status ?? '',
    sort: state.sort,
  });
  const set = (name: keyof typeof draft) => (value: string) => setDraft({ ...draft, [name]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(
      withFilters(state, {
        year: Number(draft.year),
        landlordType: (draft.landlordType || undefined) as LandlordType | undefined,
        region: draft.region || undefined,
        sizeBand: (draft.sizeBand || undefined) as SizeBand | undefined,
        section: draft.section ? Number(draft.section) : undefined,
        status: (draft.status || undefined) as AnswerStatus | undefined,
        sort: draft.sort as MatrixSort,
      }),
    );
  };

  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter the comparison">
      <SelectField
        id="matrix-year"
        label="Year"
        value={draft.year}
        options={yearOptions(years)}
        onChange={set('year')}
      />
      <SelectField
        id="matrix-type"
        label="Landlord type"
        value={draft.landlordType}
        options={LANDLORD_TYPE_OPTIONS}
        anyText="All types"
        onChange={set('landlordType')}
      />
      <SelectField
        id="matrix-region"
        label="Region"
        value={draft.region}
        options={regionOptions(landlords.data)}
        anyText="All regions"
        onChange={set('region')}
      />
      <SelectField
        id="matrix-size"
        label="Size"
        value={draft.sizeBand}
        options={SIZE_BAND_OPTIONS}
        anyText="All sizes"
        onChange={set('sizeBand')}
      />
      <SelectField
        id="matrix-section"
        label="Code section"
        value={draft.section}
        options={sections.map((section) => ({
          value: String(section.number),
          text: `${section.number}. ${section.title}`,
        }))}
        anyText="All sections"
        onChange={set('section')}
      />
      <SelectField
        id="matrix-status"
        label="With an answer of"
        value={draft.status}
        options={STATUS_OPTIONS}
        anyText="Any answer"
        onChange={set('status')}
      />
      <SelectField
        id="matrix-sort"
        label="Order"
        value={draft.sort}
        options={SORT_OPTIONS}
        onChange={set('sort')}
      />
      <div className="govuk-form-group app-filter app-filter--action">
        <button type="submit" className="govuk-button govuk-!-margin-bottom-0">
          Apply filters
        </button>
      </div>
    </form>
  );
}
