import { SUBMISSION_STATUSES } from '@app/contracts';
import { FilterSubmit } from '@web/components/FilterSubmit';
import { SelectField } from '@web/components/SelectField';
import { TextField } from '@web/components/TextField';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import type { SubmissionListFilters } from '@web/lib/query-keys';
import { useFilterDraft } from '@web/lib/useFilterDraft';
import { submissionStatusTag } from '../utils/status-tags';

interface Props {
  filters: SubmissionListFilters;
  onChange: (filters: SubmissionListFilters) => void;
}

const STATUS_OPTIONS = SUBMISSION_STATUSES.map((value) => ({ value, text: submissionStatusTag(value).text }));

/** Analysts' filters: landlord, year and status, in the filter row the analytics pages use. */
export function SubmissionFilters({ filters, onChange }: Props) {
  const landlords = useLandlords();
  const landlordOptions = (landlords.data ?? []).map((landlord) => ({
    value: landlord.id,
    text: landlord.name,
  }));
  const { field, submit } = useFilterDraft(
    {
      landlordId: filters.landlordId ?? '',
      year: filters.year ? String(filters.year) : '',
      status: filters.status ?? '',
    },
    (draft) => {
      const year = draft.year.trim();
      onChange({
        landlordId: draft.landlordId || undefined,
        year: /^\d{4}$/.test(year) ? Number(year) : undefined,
        status: draft.status || undefined,
        page: 1,
      });
    },
  );

  return (
    <form className="app-filters" onSubmit={submit} aria-label="Filter submissions">
      <SelectField
        id="filter-landlord"
        label="Landlord"
        options={landlordOptions}
        anyText="All landlords"
        {...field('landlordId')}
      />
      <TextField
        id="filter-year"
        label="Assessment year"
        labelClassName="govuk-label govuk-label--s"
        groupClassName="app-filter"
        inputClassName="govuk-input--width-4"
        inputMode="numeric"
        {...field('year')}
      />
      <SelectField
        id="filter-status"
        label="Status"
        options={STATUS_OPTIONS}
        anyText="Any status"
        {...field('status')}
      />
      <FilterSubmit text="Apply filters" />
    </form>
  );
}
