import { CONSISTENCY_FLAG_LABELS, type CheckItem } from '@app/contracts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Tag } from '@web/components/Tag';
import { useReviewFlag } from '../hooks/useChecks';
import { CheckDocument } from './CheckDocument';
import { TextField } from '@web/components/TextField';
import { SummaryRow } from '@web/components/SummaryRow';

/** One item of the queue: why it is there, the answer's words, and the decision buttons. */
export function CheckItemCard({ item }: { item: CheckItem }) {
  const review = useReviewFlag();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const title = item.flag ? CONSISTENCY_FLAG_LABELS[item.flag] : 'Low-confidence reading';
  const dismiss = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length >= 3) review.mutate({ id: item.id, decision: 'dismiss', reason: reason.trim() });
  };
  return (
    <li className="app-check-item" data-testid="check-item" data-flag={item.flag ?? 'low_confidence'}>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Tag colour={item.flag ? 'orange' : 'purple'}>{title}</Tag>{' '}
        {item.landlordName ?? 'Unassigned landlord'} {item.assessmentYear ?? ''}: provision {item.provision}
      </h2>
      <div className="app-check-item__body">
        <div>
          <p className="govuk-body" data-testid="check-reason">
            {item.reason}
          </p>
          <dl className="govuk-summary-list govuk-summary-list--no-border app-check-text">
            <SummaryRow label="Answer">{item.status}</SummaryRow>
            <SummaryRow label="Evidence">{item.evidence ?? 'None given'}</SummaryRow>
            {item.commentary ? <SummaryRow label="Commentary">{item.commentary}</SummaryRow> : null}
          </dl>
          {item.state !== 'open' ? (
            <p className="govuk-body-s">
              {item.state === 'confirmed' ? 'Confirmed' : 'Dismissed'} by {item.reviewedBy ?? 'someone'}
              {item.reviewReason ? `: ${item.reviewReason}` : ''}
            </p>
          ) : null}
          <div className="govuk-button-group">
            <Link className="govuk-link" to={`/submissions/${item.submissionId}?answer=${item.answerId}`}>
              Open in its document{item.region ? ` (page ${item.region.page})` : ''} to correct it
            </Link>
            {item.kind === 'flag' && item.state === 'open' ? (
              <>
                <button
                  className="govuk-button govuk-button--secondary"
                  type="button"
                  disabled={review.isPending}
                  onClick={() => review.mutate({ id: item.id, decision: 'confirm' })}
                >
                  Confirm flag
                </button>
                <button
                  className="govuk-button govuk-button--warning"
                  type="button"
                  disabled={review.isPending}
                  onClick={() => setDismissing(true)}
                >
                  Dismiss…
                </button>
              </>
            ) : null}
          </div>
          {dismissing && item.state === 'open' ? (
            <form onSubmit={dismiss} className="app-dismiss-form">
              <TextField
                id={`dismiss-${item.id}`}
                label="Why does this flag not stand?"
                value={reason}
                onChange={setReason}
              />
              <button
                className="govuk-button"
                type="submit"
                disabled={review.isPending || reason.trim().length < 3}
              >
                Dismiss flag
              </button>
            </form>
          ) : null}
          {review.isError ? <ErrorMessage error={review.error} action="record the decision" /> : null}
        </div>
        <CheckDocument item={item} />
      </div>
    </li>
  );
}
