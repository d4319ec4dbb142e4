import type { TrendLandlordItem } from '@app/contracts';
import { Link } from 'react-router';
import { statusStyle } from '@web/features/analytics/utils/status-symbols';
import { type Mover, movers } from '../utils/movers';

interface Props {
  year: number;
  previous: TrendLandlordItem[];
  current: TrendLandlordItem[];
}

function MoverList({ title, items, testId }: { title: string; items: Mover[]; testId: string }) {
  return (
    <div className="govuk-grid-column-one-half">
      <h3 className="govuk-heading-s">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list" data-testid={testId}>
          {items.map((mover) => (
            <li key={mover.landlordId}>
              <Link className="govuk-link" to={`/landlords/${mover.landlordId}`}>
                {mover.landlordName}
              </Link>
              : {statusStyle(mover.from).label} to {statusStyle(mover.to).label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ProvisionMovers({ year, previous, current }: Props) {
  if (previous.length === 0)
    return (
      <p className="govuk-body">
        No landlord answered this provision in {year - 1}, so there is nothing to compare.
      </p>
    );
  const { regressed, improved } = movers(previous, current);
  return (
    <div className="govuk-grid-row">
      <MoverList title={`Worse in ${year} than ${year - 1}`} items={regressed} testId="regressed" />
      <MoverList title={`Better in ${year} than ${year - 1}`} items={improved} testId="improved" />
    </div>
  );
}
