import { CONSISTENCY_FLAG_LABELS, CONSISTENCY_FLAGS, type OverviewResponse } from '@app/contracts';
import { Link } from 'react-router';
import { TableHead } from '@web/components/TableHead';

/** Open consistency flags on the year's counted answers, by flag, each leading to the check queue filtered to it. */
export function FlagCounts({ overview }: { overview: OverviewResponse }) {
  const counts = overview.flags ?? {};
  const rows = CONSISTENCY_FLAGS.map((flag) => ({ flag, count: counts[flag] ?? 0 })).filter(
    (row) => row.count > 0,
  );
  if (rows.length === 0) {
    return <p className="govuk-body">No answer counted for {overview.year} has an open consistency flag.</p>;
  }
  return (
    <table className="govuk-table" data-testid="flag-counts">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Open consistency flags on the answers counted for {overview.year}
      </caption>
      <TableHead columns={[{ label: 'Flag' }, { label: 'Answers', numeric: true }]} />
      <tbody className="govuk-table__body">
        {rows.map(({ flag, count }) => (
          <tr key={flag} className="govuk-table__row" data-flag={flag}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/checks?kind=flag&flag=${flag}&year=${overview.year}`}>
                {CONSISTENCY_FLAG_LABELS[flag]}
              </Link>
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{count.toLocaleString('en-GB')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
