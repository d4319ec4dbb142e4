import { Link } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { NotificationBanner } from '@web/components/NotificationBanner';
import { SubmissionProgress } from '@web/features/submissions/components/SubmissionProgress';
import { useLiveSubmission } from '@web/features/submissions/hooks/useLiveSubmission';
import { isProcessingFinished } from '@web/features/submissions/utils/status-tags';
import { uploadErrorMessage } from '../utils/upload-error-message';
import { ProcessingFailed } from './ProcessingFailed';

interface Props {
  id: string;
  duplicate: boolean;
  onUploadAnother: () => void;
}

/** After the upload: live processing status, then the outcome and what to do next. */
export function UploadResult({ id, duplicate, onUploadAnother }: Props) {
  const { submission, query, events } = useLiveSubmission(id);
  if (query.isError) return <ErrorMessage error={query.error} action="check the uploaded file" />;
  if (!submission) return <Loading text="File uploaded. Checking its status…" />;

  const status = events.latest?.status ?? submission.status;
  const reviewLink = `/submissions/${submission.id}`;
  return (
    <>
      {duplicate ? (
        <div className="govuk-inset-text">
          You uploaded this file before, so we are showing that earlier submission.
        </div>
      ) : null}
      {!isProcessingFinished(status) ? (
        <SubmissionProgress submission={submission} live={events.latest} />
      ) : null}
      {status === 'parsed' || status === 'needs_review' ? (
        <NotificationBanner variant="success" heading="Your self-assessment has been read" focusOnMount>
          <p className="govuk-body" data-testid="upload-outcome" data-status={status}>
            We found {submission.counts?.rows ?? submission.answers.length} answers
            {submission.counts?.flagged ? `; ${submission.counts.flagged} need checking` : ''}.{' '}
            {(submission.assessmentYear ?? submission.detectedYear)
              ? `Assessment year: ${submission.assessmentYear ?? submission.detectedYear} (read from the document – check it before you confirm).`
              : 'We could not find the assessment year in the document – you can give it when you confirm.'}
          </p>
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to={reviewLink}>
              Check the answers and confirm
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      {status === 'accepted' ? (
        <NotificationBanner heading="This submission has already been confirmed">
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to={reviewLink}>
              View the submission
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      {status === 'failed' ? (
        <ProcessingFailed
          message={uploadErrorMessage(
            events.latest?.errorCode ?? submission.errorCode,
            events.latest?.errorMessage ?? submission.errorMessage,
          )}
        />
      ) : null}
      {isProcessingFinished(status) ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onUploadAnother}>
          Upload another file
        </button>
      ) : null}
    </>
  );
}
