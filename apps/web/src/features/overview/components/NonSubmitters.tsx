import type { OverviewResponse } from '@app/contracts';
import { Link } from 'react-router';
import { landlordTypeLabel } from '@web/features/analytics/utils/status-symbols';

const SHOWN = 50;

export function NonSubmitters({ overview }: { overview: OverviewResponse }) {
  const { nonSubmitters, year } = overview;
  if (nonSubmitters.length === 0)
    return <p className="govuk-body">Every landlord in the registry has submitted for {year}.</p>;
  return (
    <>
      <p className="govuk-body">
        {nonSubmitters.length.toLocaleString('en-GB')}{' '}
        {nonSubmitters.length === 1 ? 'landlord has' : 'landlords have'} not submitted a self-assessment for{' '}
        {year}
        {nonSubmitters.length > SHOWN ? `; the first ${SHOWN} are listed` : ''}.
      </p>
      <ul className="govuk-list app-columns" data-testid="non-submitters">
        {nonSubmitters.slice(0, SHOWN).map((landlord) => (
          <li key={landlord.landlordId}>
            <Link className="govuk-link" to={`/landlords/${landlord.landlordId}`}>
              {landlord.landlordName}
            </Link>{' '}
            <span className="govuk-body-s app-secondary">
              {landlordTypeLabel(landlord.landlordType)}
              {landlord.region ? `, ${landlord.region}` : ''}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
