import type { ProfileYear } from '@app/contracts';
import { Link } from 'react-router';
import { percent } from '@web/features/analytics/utils/status-symbols';
import { CompactTable } from '@web/components/CompactTable';

/** The counted submission behind each year, with its review page and the original file. */
export function ProfileSubmissions({ years }: { years: ProfileYear[] }) {
  if (years.length === 0) return <p className="govuk-body">No self-assessment has been counted yet.</p>;
  return (
    <CompactTable
      testId="profile-submissions"
      columns={[
        { label: 'Year' },
        { label: 'Code' },
        { label: 'Share yes', numeric: true },
        { label: 'Document' },
      ]}
    >
      {[...years]
        .sort((a, b) => b.year - a.year)
        .map((year) => (
          <tr className="govuk-table__row" key={year.year}>
            <th scope="row" className="govuk-table__header">
              {year.year}
              {year.mergedFrom ? (
                <span className="govuk-body-s app-block">submitted by {year.mergedFrom.landlordName}</span>
              ) : null}
            </th>
            <td className="govuk-table__cell">{year.codeVersion}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(year.rate)}</td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/submissions/${year.submissionId}`}>
                Review the answers<span className="govuk-visually-hidden"> for {year.year}</span>
              </Link>
              {' · '}
              <a className="govuk-link" href={`/api/submissions/${year.submissionId}/file`} download>
                Original file<span className="govuk-visually-hidden"> for {year.year}</span>
              </a>
            </td>
          </tr>
        ))}
    </CompactTable>
  );
}
