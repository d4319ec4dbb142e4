import type { LandlordProfileResponse } from '@app/contracts';
import { percent } from '@web/features/analytics/utils/status-symbols';
import { ChartFigure } from '@web/features/charts/components/ChartFigure';
import { PairedBarChart } from '@web/features/charts/components/lazy-charts';
import { sectionRateBars, sectionRateSummary } from '../utils/section-rate-series';
import { CompactTable } from '@web/components/CompactTable';

export function SectionRates({ profile }: { profile: LandlordProfileResponse }) {
  const bars = sectionRateBars(profile);
  const { year } = profile.sectionRates;
  const table = (
    <CompactTable
      testId="section-rates-table"
      caption={<>Share of yes answers by Code section{year ? `, ${year}` : ''}</>}
      scroll={false}
      columns={[
        { label: 'Section' },
        { label: profile.landlord.name, numeric: true },
        { label: 'Peer median', numeric: true },
        { label: 'Peers', numeric: true },
      ]}
    >
      {bars.map((bar) => (
        <tr className="govuk-table__row" key={bar.section}>
          <th scope="row" className="govuk-table__header">
            {bar.section}. {bar.title}
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric">{percent(bar.rate)}</td>
          <td className="govuk-table__cell govuk-table__cell--numeric">
            {bar.peerMedian === null ? 'Not shown' : percent(bar.peerMedian)}
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric">{bar.peerCount}</td>
        </tr>
      ))}
    </CompactTable>
  );
  return (
    <ChartFigure
      title={`Sections against the peer group${year ? ` in ${year}` : ''}`}
      summary={sectionRateSummary(profile.landlord.name, year, bars)}
      chart={<PairedBarChart bars={bars} name={profile.landlord.name} />}
      table={table}
      note="Share of yes among the answers yes, partly and no in each section. Peers are landlords of the same type and size; a median is not shown for fewer than five peers."
      testId="section-rates"
    />
  );
}
