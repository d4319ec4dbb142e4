import type { OverviewResponse } from '@app/contracts';
import { Link } from 'react-router';
import { bareTitle, percent, pointsChange } from '@web/features/analytics/utils/status-symbols';
import { TableHead } from '@web/components/TableHead';

export function LargestChanges({ overview }: { overview: OverviewResponse }) {
  if (overview.largestChanges.length === 0) {
    return <p className="govuk-body">There is no earlier year to compare {overview.year} with.</p>;
  }
  return (
    <div className="app-table-scroll">
      <table className="govuk-table" data-testid="largest-changes">
        <caption className="govuk-table__caption govuk-table__caption--s">
          Share of landlords answering yes, {overview.year} against the year before
        </caption>
        <TableHead
          columns={[
            { label: 'Provision' },
            { label: 'Year before', numeric: true },
            { label: overview.year, numeric: true },
            { label: 'Change', numeric: true },
          ]}
        />
        <tbody className="govuk-table__body">
          {overview.largestChanges.map((item) => (
            <tr className="govuk-table__row" key={item.provision}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/provisions/${item.provision}?year=${overview.year}`}>
                  {item.provision} {bareTitle(item.provision, item.title)}
                </Link>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(item.previousRate)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{percent(item.rate)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{pointsChange(item.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
