import { CONSISTENCY_FLAG_LABELS, type Page, type TrendLandlordItem } from '@app/contracts';
import { Link } from 'react-router';
import { Pagination } from '@web/components/Pagination';
import { StatusSymbol } from '@web/features/analytics/components/StatusSymbol';
import { landlordTypeLabel, statusStyle } from '@web/features/analytics/utils/status-symbols';
import { excerpt } from '@web/lib/plain-text';
import { CompactTable } from '@web/components/CompactTable';

interface Props {
  result: Page<TrendLandlordItem>;
  onPage: (page: number) => void;
}

/** The landlords behind one year of the trend, with what they wrote; answers with a consistency flag come first. */
export function ProvisionLandlords({ result, onPage }: Props) {
  if (result.items.length === 0) return <p className="govuk-body">No landlord gave this answer that year.</p>;
  return (
    <>
      <CompactTable
        testId="provision-landlords"
        columns={[{ label: 'Landlord' }, { label: 'Answer' }, { label: 'What they wrote' }]}
      >
        {result.items.map((item) => (
          <tr className="govuk-table__row" key={item.answerId} data-landlord-id={item.landlordId}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/landlords/${item.landlordId}`}>
                {item.landlordName}
              </Link>
              <span className="govuk-body-s app-secondary app-block">
                {landlordTypeLabel(item.landlordType)}
                {item.region ? `, ${item.region}` : ''}
              </span>
            </th>
            <td className="govuk-table__cell">
              <StatusSymbol status={item.status} caveat={Boolean(item.caveat)} />{' '}
              {statusStyle(item.status).label}
              {item.flags?.length ? (
                <span className="govuk-body-s app-block" data-flags={item.flags.join(' ')}>
                  Flagged: {item.flags.map((flag) => CONSISTENCY_FLAG_LABELS[flag]).join(', ')}
                </span>
              ) : null}
              {item.codeVersion === '2022' ? (
                <span className="govuk-body-s app-block">as {item.printedProvision} of the 2022 Code</span>
              ) : null}
            </td>
            <td className="govuk-table__cell govuk-body-s">
              {excerpt(item.commentary) || excerpt(item.evidence) || (
                <span className="app-secondary">Nothing written</span>
              )}{' '}
              <Link
                className="govuk-link app-block"
                to={`/submissions/${item.submissionId}?answer=${item.answerId}`}
              >
                Read the answer in the document
                <span className="govuk-visually-hidden"> of {item.landlordName}</span>
              </Link>
            </td>
          </tr>
        ))}
      </CompactTable>
      <Pagination page={result.page} pageSize={result.pageSize} total={result.total} onPage={onPage} />
    </>
  );
}
