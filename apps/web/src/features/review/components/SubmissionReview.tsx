import type { AnswerDto, SubmissionDetailDto } from '@app/contracts';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { NotificationBanner } from '@web/components/NotificationBanner';
import { DocumentPanel } from '@web/features/document-viewer/components/DocumentPanel';
import { isReviewable } from '@web/features/submissions/utils/status-tags';
import { isFlagged } from '../utils/flag-answer';
import { warningText } from '../utils/warning-text';
import { AnswersTable } from './AnswersTable';
import { ConfirmSubmission } from './ConfirmSubmission';

interface Props {
  submission: SubmissionDetailDto;
}

/** The answers table beside the original document, with correction and confirmation. */
export function SubmissionReview({ submission }: Props) {
  const reviewable = isReviewable(submission.status, submission.superseded);
  // A link from the dashboard (?answer=<id>) opens at that answer; otherwise at the first row to check.
  const [params] = useSearchParams();
  const linked = submission.answers.find((answer) => answer.id === params.get('answer')) ?? null;
  const firstToCheck = linked ?? submission.answers.find(isFlagged) ?? submission.answers[0] ?? null;
  const [selectedId, setSelectedId] = useState<string | null>(firstToCheck?.id ?? null);
  const linkedId = linked?.id;
  useEffect(() => {
    if (linkedId) document.getElementById(`answer-${linkedId}`)?.scrollIntoView({ block: 'center' });
  }, [linkedId]);
  const selected: AnswerDto | null = submission.answers.find((answer) => answer.id === selectedId) ?? null;

  return (
    <>
      {submission.status === 'accepted' ? (
        <NotificationBanner variant="success" heading="This submission has been confirmed">
          <p className="govuk-body">
            Its answers are used in comparisons. Upload a new file if the published self-assessment changes.
          </p>
        </NotificationBanner>
      ) : null}
      {submission.superseded ? (
        <NotificationBanner heading="A newer submission replaces this one">
          <p className="govuk-body">
            This file was uploaded again or replaced for the same year, so it can no longer be changed.
          </p>
        </NotificationBanner>
      ) : null}
      {submission.warnings.length ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Notes from reading the document ({submission.warnings.length})
            </span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-list--bullet">
              {submission.warnings.map((warning) => (
                <li key={warning}>{warningText(warning)}</li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {reviewable ? (
        <p className="govuk-body">
          Check the highlighted rows against the original document and correct any answer that was read
          wrongly. Then confirm the submission.
        </p>
      ) : null}
      {reviewable ? <ConfirmSubmission submission={submission} /> : null}
      <div className="app-review">
        <div>
          <AnswersTable
            submissionId={submission.id}
            answers={submission.answers}
            selectedId={selectedId}
            onSelect={(answer) => setSelectedId(answer.id)}
            editable={reviewable}
          />
        </div>
        <div className="app-review__document">
          <DocumentPanel submission={submission} answer={selected} />
        </div>
      </div>
    </>
  );
}
