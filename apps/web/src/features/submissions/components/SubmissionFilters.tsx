import { SUBMISSION_STATUSES } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { useLandlords } from '@web/features/landlords/hooks/useLandlords';
import type { SubmissionListFilters } from '@web/lib/query-keys';
import { submissionStatusTag } from '../utils/status-tags';

interface Props {
  filters: SubmissionListFilters;
  onChange: (filters: SubmissionListFilters) => void;
}

/** Analysts' filters: landlord, year and status. */
export function SubmissionFilters({ filters, onChange }: Props) {
  const landlords = useLandlords();
  const [landlordId, setLandlordId] = useState(filters.landlordId ?? '');
  const [year, setYear] = useState(filters.year ? String(filters.year) : '');
  const [status, setStatus] = useState(filters.status ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsedYear = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : undefined;
    onChange({ landlordId: landlordId || undefined, year: parsedYear, status: status || undefined, page: 1 });
  };

  return (
    <form onSubmit={submit} className="govuk-!-margin-bottom-6" aria-label="Filter submissions">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third govuk-form-group">
          <label className="govuk-label" htmlFor="filter-landlord">
            Landlord
          </label>
          <select
            className="govuk-select govuk-!-width-full"
            id="filter-landlord"
            value={landlordId}
            onChange={(event) => setLandlordId(event.target.value)}
          >
            <option value="">All landlords</option>
            {(landlords.data ?? []).map((landlord) => (
              <option key={landlord.id} value={landlord.id}>
                {landlord.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-grid-column-one-quarter govuk-form-group">
          <label className="govuk-label" htmlFor="filter-year">
            Assessment year
          </label>
          <input
            className="govuk-input govuk-input--width-4"
            id="filter-year"
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.target.value)}
          />
        </div>
        <div className="govuk-grid-column-one-quarter govuk-form-group">
          <label className="govuk-label" htmlFor="filter-status">
            Status
          </label>
          <select
            className="govuk-select"
            id="filter-status"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
          >
            <option value="">Any status</option>
            {SUBMISSION_STATUSES.map((value) => (
              <option key={value} value={value}>
                {submissionStatusTag(value).text}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
        Apply filters
      </button>
    </form>
  );
}
