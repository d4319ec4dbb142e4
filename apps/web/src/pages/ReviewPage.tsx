import { Link, useParams } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { SubmissionOverview } from '@web/features/review/components/SubmissionOverview';
import { SubmissionReview } from '@web/features/review/components/SubmissionReview';
import { SubmissionProgress } from '@web/features/submissions/components/SubmissionProgress';
import { useLiveSubmission } from '@web/features/submissions/hooks/useLiveSubmission';
import { useSession } from '@web/features/auth/hooks/useSession';
import { submissionTitle } from '@web/features/submissions/utils/submission-title';
import { isProcessingFinished } from '@web/features/submissions/utils/status-tags';
import { ProcessingFailed } from '@web/features/upload/components/ProcessingFailed';
import { uploadErrorMessage } from '@web/features/upload/utils/upload-error-message';
import { isApiError } from '@web/lib/api-error';
import { usePageTitle } from '@web/lib/usePageTitle';
import { NotFoundPage } from './NotFoundPage';

export function ReviewPage() {
  const { id } = useParams<{ id: string }>();
  const { submission, query, events } = useLiveSubmission(id);
  const { data: user } = useSession();
  usePageTitle(submission ? `Check ${submissionTitle(submission)}` : 'Check a submission');

  if (query.isError) {
    // Another landlord's submission answers 404 too, so its existence is not revealed.
    if (isApiError(query.error) && (query.error.statusCode === 404 || query.error.statusCode === 400))
      return <NotFoundPage />;
    return <ErrorMessage error={query.error} action="load this submission" />;
  }
  if (!submission || !user) return <Loading text="Loading the submission…" />;

  const status = events.latest?.status ?? submission.status;
  return (
    <>
      <Link to="/submissions" className="govuk-back-link">
        Back to submissions
      </Link>
      <span className="govuk-caption-l">
        {submission.landlordName ?? submission.detectedLandlordName ?? 'Landlord not known'}
      </span>
      <h1 className="govuk-heading-l">Check the self-assessment</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SubmissionOverview submission={submission} />
        </div>
      </div>
      {!isProcessingFinished(status) ? (
        <SubmissionProgress submission={submission} live={events.latest} />
      ) : null}
      {status === 'failed' ? (
        <>
          <ProcessingFailed message={uploadErrorMessage(submission.errorCode, submission.errorMessage)} />
          <Link to="/upload" className="govuk-button">
            Upload a different file
          </Link>
        </>
      ) : null}
      {isProcessingFinished(status) && status !== 'failed' ? (
        <SubmissionReview submission={submission} />
      ) : null}
    </>
  );
}
