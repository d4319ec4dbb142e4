import type { CheckItem } from '@app/contracts';
import { useMemo, useRef } from 'react';
import { SourceExcerpt } from '@web/features/document-viewer/components/SourceExcerpt';
import { SubmissionPdf } from '@web/features/document-viewer/components/SubmissionPdf';
import { useInView } from '../hooks/useInView';
import { type CheckDocumentView, checkDocumentView } from '../utils/check-document';

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

/**
 * The item's place in its original document, beside it: the PDF page with the row highlighted (the review
 * page's viewer, in its own chunk), or the text file's lines. Nothing is fetched or drawn until the item
 * comes near the screen.
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
        <SubmissionPdf submissionId={item.submissionId} fileName={documentName(item)} answer={item} />
      ) : (
        <SourceExcerpt submissionId={item.submissionId} format="text" answer={answer} />
      )}
    </div>
  );
}
