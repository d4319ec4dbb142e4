import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { type RefObject, useEffect, useState } from 'react';
import type { Transform } from '../utils/bbox-to-viewport';

export interface RenderedPage {
  pageNumber: number;
  width: number;
  height: number;
  transform: Transform;
}

/** Draws one page onto the canvas at the given CSS width (sharp on high-density screens). */
export function usePageRender(
  doc: PDFDocumentProxy | null,
  pageNumber: number,
  cssWidth: number,
  canvasRef: RefObject<HTMLCanvasElement | null>,
): { rendered: RenderedPage | null; error: unknown } {
  const [rendered, setRendered] = useState<RenderedPage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!doc || !canvas || cssWidth <= 0) return;
    let task: RenderTask | null = null;
    let cancelled = false;
    void (async () => {
      try {
        const page = await doc.getPage(pageNumber);
        if (cancelled) return;
        const viewport = page.getViewport({ scale: cssWidth / page.getViewport({ scale: 1 }).width });
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        task = page.render({
          canvas,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        await task.promise;
        if (cancelled) return;
        setRendered({
          pageNumber,
          width: viewport.width,
          height: viewport.height,
          transform: viewport.transform as Transform,
        });
        setError(null);
      } catch (caught) {
        if (!cancelled && !(caught instanceof Error && caught.name === 'RenderingCancelledException'))
          setError(caught);
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber, cssWidth, canvasRef]);

  return { rendered, error };
}
