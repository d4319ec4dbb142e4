import { SUBMISSION_STATUSES } from '@app/contracts';
import { FilterForm } from '@web/components/FilterForm';
import { TextField } from '@web/components/TextField';
import { landlordOptions } from '@web/features/analytics/utils/filter-options';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import type { SubmissionListFilters } from '@web/lib/query-keys';
import { useFilterDraft } from '@web/lib/useFilterDraft';
import { submissionStatusTag } from '../utils/status-tags';

interface Props {
  filters: SubmissionListFilters;
  onChange: (filters: SubmissionListFilters) => void;
}

const STATUS_OPTIONS = SUBMISSION_STATUSES.map((value) => ({ value, text: submissionStatusTag(value).text }));

/** Analysts' filters: landlord, status and year, in the filter row the analytics pages use. */
export function SubmissionFilters({ filters, onChange }: Props) {
  const landlords = useLandlords();
  const draft = useFilterDraft(
    {
      landlordId: filters.landlordId ?? '',
      status: filters.status ?? '',
      year: filters.year ? String(filters.year) : '',
    },
    ({ landlordId, status, year }) =>
      onChange({
        landlordId: landlordId || undefined,
        year: /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined,
        status: status || undefined,
        page: 1,
      }),
  );
  return (
    <FilterForm
      label="Filter submissions"
      idPrefix="filter"
      draft={draft}
      selects={[
        {
          name: 'landlordId',
          id: 'landlord',
          label: 'Landlord',
          options: landlordOptions(landlords.data),
          anyText: 'All landlords',
        },
        { name: 'status', label: 'Status', options: STATUS_OPTIONS, anyText: 'Any status' },
      ]}
    >
      <TextField
        id="filter-year"
        label="Assessment year"
        labelClassName="govuk-label govuk-label--s"
        groupClassName="app-filter"
        inputClassName="govuk-input--width-4"
        inputMode="numeric"
        {...draft.field('year')}
      />
    </FilterForm>
  );
}
