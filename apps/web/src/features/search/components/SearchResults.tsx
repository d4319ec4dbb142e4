import { CONSISTENCY_FLAG_LABELS, type SearchHit } from '@app/contracts';
import { Link } from 'react-router';
import { Tag } from '@web/components/Tag';
import { Snippet } from './Snippet';

const FIELD_LABEL = { evidence: 'Evidence', commentary: 'Commentary', requirement: 'Requirement' } as const;

/** Ranked hits, each opening the answer in its document (the review page, answer selected). */
export function SearchResults({ items }: { items: SearchHit[] }) {
  return (
    <ol className="app-search-results govuk-list" data-testid="search-results">
      {items.map((hit) => (
        <li className="app-search-result" key={hit.answerId} data-testid="search-result">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
            <Link className="govuk-link" to={`/submissions/${hit.submissionId}?answer=${hit.answerId}`}>
              {hit.landlordName} {hit.assessmentYear}: provision {hit.provision}
              {hit.codeVersion === '2022' && hit.canonicalProvisions.length > 0
                ? ` (2024: ${hit.canonicalProvisions.join(', ')})`
                : ''}
            </Link>
          </h2>
          <p className="govuk-body-s govuk-!-margin-bottom-1">
            <Tag
              colour={
                hit.status === 'yes'
                  ? 'green'
                  : hit.status === 'no'
                    ? 'red'
                    : hit.status === 'partial'
                      ? 'yellow'
                      : 'grey'
              }
            >
              {hit.status}
            </Tag>{' '}
            {hit.superseded ? <Tag colour="grey">superseded</Tag> : null}{' '}
          </p>
          {hit.consistencyFlags.length ? (
            <ul className="app-answers__flags govuk-!-margin-bottom-1" aria-label="Consistency flags">
              {hit.consistencyFlags.map((flag) => (
                <li key={flag.flag} data-flag={flag.flag}>
                  <Tag colour="orange">{CONSISTENCY_FLAG_LABELS[flag.flag]}</Tag> {flag.reason}
                  {flag.state === 'confirmed' ? (
                    <span className="app-secondary"> (confirmed by an analyst)</span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="govuk-body app-search-snippet">
            <span className="govuk-!-font-weight-bold">{FIELD_LABEL[hit.field]}: </span>
            <Snippet text={hit.snippet} />
          </p>
        </li>
      ))}
    </ol>
  );
}
