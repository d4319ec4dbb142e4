import type { ReactNode } from 'react';
import type { LandlordProfileResponse } from '@app/contracts';
import { Link } from 'react-router';
import { landlordTypeLabel, sizeBandLabel } from '@web/features/analytics/utils/status-symbols';
import { SummaryRow } from '@web/components/SummaryRow';

export function RegistryFacts({ landlord }: { landlord: LandlordProfileResponse['landlord'] }) {
  const rows: [string, ReactNode][] = [
    ['Type', landlordTypeLabel(landlord.type)],
    ['Registration code', landlord.registrationCode ?? 'Not recorded'],
    ['Region', landlord.region ?? 'Not recorded'],
    ['Homes owned', landlord.homesOwned?.toLocaleString('en-GB') ?? 'Not recorded'],
    ['Peer group', `${landlordTypeLabel(landlord.type)}, ${sizeBandLabel(landlord.sizeBand).toLowerCase()}`],
  ];
  if (landlord.mergedFrom.length) {
    rows.push([
      'Took over',
      <ul className="govuk-list govuk-!-margin-bottom-0" key="merged">
        {landlord.mergedFrom.map((predecessor) => (
          <li key={predecessor.id}>{predecessor.name}</li>
        ))}
      </ul>,
    ]);
  }
  return (
    <dl className="govuk-summary-list" data-testid="registry-facts">
      {rows.map(([key, value]) => (
        <SummaryRow key={key} label={key}>
          {value}
        </SummaryRow>
      ))}
      <SummaryRow label="Submissions">
        <Link className="govuk-link" to={`/submissions?landlordId=${landlord.id}`}>
          Every upload for {landlord.name}
        </Link>
      </SummaryRow>
    </dl>
  );
}
