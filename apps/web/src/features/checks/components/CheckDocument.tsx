import type { CheckItem } from '@app/contracts';
import { Suspense, lazy, useMemo, useRef } from 'react';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { SourceExcerpt } from '@web/features/document-viewer/components/SourceExcerpt';
import { useSubmissionFile } from '@web/features/document-viewer/hooks/useSubmissionFile';
import { useInView } from '../hooks/useInView';
import { type CheckDocumentView, checkDocumentView } from '../utils/check-document';

// pdf.js is large: the review page's viewer (its own chunk) loads only when a PDF item is on screen.
const PdfViewer = lazy(async () => ({
  default: (await import('@web/features/document-viewer/components/PdfViewer')).PdfViewer,
}));

function documentName(item: CheckItem): string {
  return `the self-assessment of ${item.landlordName ?? 'an unassigned landlord'}${item.assessmentYear ? ` for ${item.assessmentYear}` : ''}`;
}

function placeText(view: CheckDocumentView): string {
  switch (view.kind) {
    case 'pdf':
      return `Page ${view.page} of the original document`;
    case 'lines':
      return view.first === view.last
        ? `Line ${view.first} of the original document`
        : `Lines ${view.first} to ${view.last} of the original document`;
    case 'none':
      return '';
  }
}

function PdfRegion({ item }: { item: CheckItem }) {
  const file = useSubmissionFile(item.submissionId);
  if (file.isError) return <ErrorMessage error={file.error} action="load the original document" />;
  if (!file.data) return <Loading text="Loading the original document…" />;
  return (
    <Suspense fallback={<Loading text="Opening the document viewer…" />}>
      <PdfViewer bytes={file.data} fileName={documentName(item)} answer={item} />
    </Suspense>
  );
}

/**
 * The item's place in its original document, beside it: the PDF page with the row highlighted, or the text
 * file's lines. Nothing is fetched or drawn until the item comes near the screen.
 */
export function CheckDocument({ item }: { item: CheckItem }) {
  const view = checkDocumentView(item.source);
  const ref = useRef<HTMLDivElement>(null);
  const inView = useInView(ref);
  const answer = useMemo(
    () => ({ provision: item.provision, source: item.source, requirement: null }),
    [item.provision, item.source],
  );
  if (view.kind === 'none') return null;
  return (
    <div ref={ref} className="app-check-item__document" data-testid="check-document" data-view={view.kind}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">In the original document</h3>
      {!inView ? (
        <p className="govuk-body-s">{placeText(view)}</p>
      ) : view.kind === 'pdf' ? (
        <PdfRegion item={item} />
      ) : (
        <SourceExcerpt submissionId={item.submissionId} format="text" answer={answer} />
      )}
    </div>
  );
}
