import { submissionTitle } from '../utils/submission-title';
import type { SubmissionSummaryDto } from '@app/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../utils/group-by-year';
import { TableHead } from '@web/components/TableHead';
import { SubmissionStatusTag } from './SubmissionStatusTag';

interface Props {
  caption: string;
  items: SubmissionSummaryDto[];
  showLandlord: boolean;
}

export function SubmissionsTable({ caption, items, showLandlord }: Props) {
  return (
    <div className="app-table-scroll">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead
          columns={[
            { label: 'File', className: 'govuk-!-width-one-third' },
            showLandlord && { label: 'Landlord' },
            { label: 'Uploaded', className: 'govuk-!-width-one-quarter' },
            { label: 'Status' },
            { label: 'To check', numeric: true },
          ]}
        />
        <tbody className="govuk-table__body">
          {items.map((item) => (
            <tr className="govuk-table__row" key={item.id} data-submission-id={item.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`/submissions/${item.id}`}>
                  {submissionTitle(item)}
                </Link>
                <span className="govuk-body-s app-secondary app-block">{item.fileName}</span>
              </td>
              {showLandlord ? (
                <td className="govuk-table__cell">{item.landlordName ?? 'Not known'}</td>
              ) : null}
              <td className="govuk-table__cell">{formatDateTime(item.createdAt)}</td>
              <td className="govuk-table__cell">
                <SubmissionStatusTag status={item.status} superseded={item.superseded} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {item.counts ? item.counts.flagged : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
