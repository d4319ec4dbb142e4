import type { AnswerDto } from '@app/contracts';
import { useEffect, useRef, useState } from 'react';
import { Loading } from '@web/components/Loading';
import { useElementWidth } from '../hooks/useElementWidth';
import { usePageRender } from '../hooks/usePageRender';
import { usePdfDocument } from '../hooks/usePdfDocument';
import { firstPage, regionsOnPage } from '../utils/answer-location';
import { regionToViewportRect, toPercentRect } from '../utils/bbox-to-viewport';

interface Props {
  bytes: ArrayBuffer;
  fileName: string;
  /** The row to open at and highlight (a review page's answer, or a check queue item). */
  answer: Pick<AnswerDto, 'provision' | 'source'> | null;
}

/** Zoom steps: the page fits the panel at 100%; larger steps scroll sideways in the frame. */
const ZOOM_LEVELS = [1, 1.25, 1.5, 2, 3];

function stepZoom(level: number, direction: 1 | -1): number {
  const index = ZOOM_LEVELS.indexOf(level);
  return ZOOM_LEVELS[Math.min(ZOOM_LEVELS.length - 1, Math.max(0, index + direction))] ?? 1;
}

/** The original PDF, drawn in the browser, opened at the selected row with its text highlighted. */
export function PdfViewer({ bytes, fileName, answer }: Props) {
  const { doc, error } = usePdfDocument(bytes);
  const [page, setPage] = useState(1);
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(frame);
  const [zoom, setZoom] = useState(1);
  const { rendered, error: renderError } = usePageRender(doc, page, Math.round(width * zoom), canvas);
  const pageCount = doc?.numPages ?? 0;

  // Open at the selected row's page.
  useEffect(() => {
    const target = firstPage(answer?.source);
    if (target) setPage(target);
  }, [answer]);

  const regions = rendered && rendered.pageNumber === page ? regionsOnPage(answer?.source, page) : [];
  const rects = rendered ? regions.map((region) => regionToViewportRect(region, rendered.transform, 3)) : [];

  // Bring the first highlight into view inside the scrolling frame.
  const firstTop = rects[0]?.top;
  useEffect(() => {
    const element = frame.current;
    if (firstTop !== undefined && element)
      element.scrollTop = Math.max(0, firstTop - element.clientHeight / 3);
  }, [firstTop]);

  if (error) {
    return (
      <p className="govuk-body" role="alert">
        The document could not be shown in the browser. It may be damaged or protected.
      </p>
    );
  }
  const provision = answer?.provision;
  const label = `Page ${page} of ${pageCount || '…'} of ${fileName}${provision && regions.length ? `, with provision ${provision} highlighted` : ''}`;
  return (
    <div className="app-pdf" data-testid="pdf-viewer" data-page={page} data-highlights={rects.length}>
      <div className="app-pdf__toolbar">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={page <= 1}
          onClick={() => setPage((n) => Math.max(1, n - 1))}
        >
          Previous page
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={!pageCount || page >= pageCount}
          onClick={() => setPage((n) => Math.min(pageCount, n + 1))}
        >
          Next page
        </button>
        <span className="govuk-body-s govuk-!-margin-bottom-0" aria-live="polite">
          Page {page} of {pageCount || '…'}
        </span>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={zoom <= ZOOM_LEVELS[0]!}
          onClick={() => setZoom((level) => stepZoom(level, -1))}
        >
          Zoom out
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={zoom >= ZOOM_LEVELS.at(-1)!}
          onClick={() => setZoom((level) => stepZoom(level, 1))}
        >
          Zoom in
        </button>
        <span className="govuk-body-s govuk-!-margin-bottom-0" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
      </div>
      {!doc ? <Loading text="Opening the document…" /> : null}
      {renderError ? (
        <p className="govuk-body" role="alert">
          This page could not be drawn.
        </p>
      ) : null}
      <div
        ref={frame}
        className="app-pdf__frame"
        tabIndex={0}
        role="region"
        aria-label="Document page (scrolls)"
      >
        <div className="app-pdf__page" style={{ width: `${zoom * 100}%` }}>
          <canvas ref={canvas} className="app-pdf__canvas" role="img" aria-label={label} />
          {rendered
            ? rects.map((rect, index) => (
                <div
                  key={index}
                  className="app-pdf__highlight"
                  aria-hidden="true"
                  style={toPercentRect(rect, rendered.width, rendered.height)}
                />
              ))
            : null}
        </div>
      </div>
    </div>
  );
}
