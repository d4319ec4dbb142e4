import { submissionTitle } from '@web/features/submissions/utils/submission-title';
import type { AnswerDto, SubmissionDetailDto } from '@app/contracts';
import { SourceExcerpt } from './SourceExcerpt';
import { SubmissionPdf } from './SubmissionPdf';

interface Props {
  submission: SubmissionDetailDto;
  answer: AnswerDto | null;
}

/** The original document beside the answers table. */
export function DocumentPanel({ submission, answer }: Props) {
  return (
    <section aria-labelledby="document-heading">
      <h2 className="govuk-heading-m" id="document-heading">
        Original document
      </h2>
      {submission.format === 'pdf' ? (
        <SubmissionPdf submissionId={submission.id} fileName={submissionTitle(submission)} answer={answer} />
      ) : answer ? (
        <SourceExcerpt submissionId={submission.id} format={submission.format} answer={answer} />
      ) : (
        <p className="govuk-body">
          Choose &ldquo;Show in document&rdquo; on a row to see where it came from.
        </p>
      )}
    </section>
  );
}
