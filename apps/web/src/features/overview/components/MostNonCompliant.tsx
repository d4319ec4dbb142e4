import type { OverviewResponse } from '@app/contracts';
import { Link, useNavigate } from 'react-router';
import { ChartFigure } from '@web/features/charts/components/ChartFigure';
import { RankedBarChart } from '@web/features/charts/components/lazy-charts';
import { percent } from '@web/features/analytics/utils/status-symbols';
import { nonComplianceBars, nonComplianceSummary } from '../utils/overview-series';
import { TableHead } from '@web/components/TableHead';

export function MostNonCompliant({ overview }: { overview: OverviewResponse }) {
  const navigate = useNavigate();
  const bars = nonComplianceBars(overview);
  const open = (provision: string) => void navigate(`/provisions/${provision}?year=${overview.year}`);
  const table = (
    <table className="govuk-table" data-testid="non-compliance-table">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Provisions with most landlords answering no or partly, {overview.year}
      </caption>
      <TableHead
        columns={[
          { label: 'Provision' },
          { label: 'No or partly', numeric: true },
          { label: 'Answered', numeric: true },
          { label: 'Share', numeric: true },
        ]}
      />
      <tbody className="govuk-table__body">
        {bars.map((bar) => (
          <tr className="govuk-table__row" key={bar.provision} data-provision={bar.provision}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/provisions/${bar.provision}?year=${overview.year}`}>
                {bar.provision} {bar.title}
              </Link>
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{bar.nonCompliant}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{bar.answered}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{percent(bar.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      title="Provisions with most non-compliance"
      summary={nonComplianceSummary(overview.year, bars)}
      chart={<RankedBarChart bars={bars} onSelect={open} />}
      table={table}
      note="Share of the landlords that answered (yes, partly or no) who answered no or partly. Select a bar to open the provision."
      testId="most-non-compliant"
    />
  );
}
