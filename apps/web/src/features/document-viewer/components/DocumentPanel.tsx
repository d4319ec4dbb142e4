import { submissionTitle } from '@web/features/submissions/utils/submission-title';
import type { AnswerDto, SubmissionDetailDto } from '@app/contracts';
import { Suspense, lazy } from 'react';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { useSubmissionFile } from '../hooks/useSubmissionFile';
import { SourceExcerpt } from './SourceExcerpt';

// pdf.js is large: it loads only when a PDF is reviewed.
const PdfViewer = lazy(async () => ({ default: (await import('./PdfViewer')).PdfViewer }));

interface Props {
  submission: SubmissionDetailDto;
  answer: AnswerDto | null;
}

function PdfPanel({ submission, answer }: Props) {
  const file = useSubmissionFile(submission.id);
  if (file.isError) return <ErrorMessage error={file.error} action="load the original document" />;
  if (!file.data) return <Loading text="Loading the original document…" />;
  return (
    <Suspense fallback={<Loading text="Opening the document viewer…" />}>
      <PdfViewer bytes={file.data} fileName={submissionTitle(submission)} answer={answer} />
    </Suspense>
  );
}

/** The original document beside the answers table. */
export function DocumentPanel({ submission, answer }: Props) {
  return (
    <section aria-labelledby="document-heading">
      <h2 className="govuk-heading-m" id="document-heading">
        Original document
      </h2>
      {submission.format === 'pdf' ? (
        <PdfPanel submission={submission} answer={answer} />
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
