import type { AnswerDto } from '@app/contracts';
import { Suspense, lazy } from 'react';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { useSubmissionFile } from '../hooks/useSubmissionFile';

// pdf.js is large: the viewer is its own chunk, loaded only when an original PDF is shown.
const PdfViewer = lazy(async () => ({ default: (await import('./PdfViewer')).PdfViewer }));

interface Props {
  submissionId: string;
  /** How the viewer names the document to screen readers. */
  fileName: string;
  /** The row to open at and highlight. */
  answer: Pick<AnswerDto, 'provision' | 'source'> | null;
}

/** A submission's original PDF, fetched and drawn in the viewer, opened at the given row. */
export function SubmissionPdf({ submissionId, fileName, answer }: Props) {
  const file = useSubmissionFile(submissionId);
  if (file.isError) return <ErrorMessage error={file.error} action="load the original document" />;
  if (!file.data) return <Loading text="Loading the original document…" />;
  return (
    <Suspense fallback={<Loading text="Opening the document viewer…" />}>
      <PdfViewer bytes={file.data} fileName={fileName} answer={answer} />
    </Suspense>
  );
}
