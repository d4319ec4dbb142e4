import { GlobalWorkerOptions, type PDFDocumentProxy, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useState } from 'react';

GlobalWorkerOptions.workerSrc = workerUrl;

export type PdfState = { doc: PDFDocumentProxy | null; error: unknown };

/** Opens PDF bytes with pdf.js (in its worker); closes the document when the bytes change or on unmount. */
export function usePdfDocument(bytes: ArrayBuffer | undefined): PdfState {
  const [state, setState] = useState<PdfState>({ doc: null, error: null });

  useEffect(() => {
    if (!bytes) return;
    setState({ doc: null, error: null });
    // pdf.js takes ownership of the buffer it is given; keep the cached copy intact.
    const task = getDocument({ data: new Uint8Array(bytes.slice(0)), isEvalSupported: false });
    let opened: PDFDocumentProxy | null = null;
    task.promise.then(
      (doc) => {
        opened = doc;
        setState({ doc, error: null });
      },
      (error: unknown) => setState({ doc: null, error }),
    );
    return () => {
      void (opened ? opened.destroy() : task.destroy());
    };
  }, [bytes]);

  return state;
}
