import type { ProfileChange } from '@app/contracts';
import { Link } from 'react-router';
import { StatusSymbol } from '@web/features/analytics/components/StatusSymbol';
import { statusStyle } from '@web/features/analytics/utils/status-symbols';
import { orderedChanges } from '../utils/section-rate-series';
import { CompactTable } from '@web/components/CompactTable';

export function ProfileChanges({ changes }: { changes: ProfileChange[] }) {
  const shown = orderedChanges(changes);
  if (shown.length === 0) return <p className="govuk-body">No answer changed between years.</p>;
  return (
    <CompactTable
      testId="profile-changes"
      columns={[{ label: 'Provision' }, { label: 'Years' }, { label: 'Change' }, { label: 'Answer' }]}
    >
      {shown.map((change) => (
        <tr className="govuk-table__row" key={`${change.provision}-${change.toYear}`}>
          <th scope="row" className="govuk-table__header">
            <Link className="govuk-link" to={`/provisions/${change.provision}`}>
              {change.provision}
            </Link>
          </th>
          <td className="govuk-table__cell">
            {change.fromYear} to {change.toYear}
          </td>
          <td className="govuk-table__cell">
            <strong className={`govuk-tag govuk-tag--${change.change === 'regressed' ? 'red' : 'green'}`}>
              {change.change === 'regressed' ? 'Worse' : 'Better'}
            </strong>
          </td>
          <td className="govuk-table__cell">
            <StatusSymbol status={change.from} /> {statusStyle(change.from).label} to{' '}
            <StatusSymbol status={change.to} caveat={change.caveat} /> {statusStyle(change.to).label}
          </td>
        </tr>
      ))}
    </CompactTable>
  );
}
