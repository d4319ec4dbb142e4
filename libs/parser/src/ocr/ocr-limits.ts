import { ParseError } from '../errors';

export interface OcrLimits {
  /**
   * OCR's own wall-clock time: the document's deadline is moved this much later when pages need OCR,
   * so a scan is not held to the time allowed for reading text layers.
   */
  timeoutMs: number;
  /** At most this many pages are read by OCR in one document; the rest are reported as not read. */
  maxPages: number;
  /**
   * One page's recognition is stopped after this much CPU time (the page is then reported as not read).
   * CPU rather than wall-clock time, so a busy machine does not cut short a page that would read well.
   */
  pageCpuMs: number;
  /** OCR of a whole document stops after this much CPU time; the document's own (wall-clock) time limit applies as well. */
  documentCpuMs: number;
  /** Pictures coarser than this are not worth reading: text in them is a few pixels high. */
  minDpi: number;
}

export const DEFAULT_OCR_LIMITS: OcrLimits = {
  timeoutMs: 120_000,
  maxPages: 40,
  pageCpuMs: 20_000,
  documentCpuMs: 45_000,
  minDpi: 70,
};

export function pageList(pages: readonly number[]): string {
  if (pages.length <= 1) return pages.join('');
  return `${pages.slice(0, -1).join(', ')} and ${pages[pages.length - 1]}`;
}

/** No page could be read, not even by OCR: `pdf_no_text`, saying which pages and why. */
export function noReadableTextError(pageCount: number, reasons: ReadonlyMap<number, string>): ParseError {
  const pages = [...reasons.keys()].sort((a, b) => a - b);
  const why = [...new Set(reasons.values())].join('; ');
  return new ParseError(
    'pdf_no_text',
    `No text could be read from the PDF: page${pages.length === 1 ? '' : 's'} ${pageList(pages)} ha${pages.length === 1 ? 's' : 've'} no text layer and OCR could not read ${pages.length === 1 ? 'it' : 'them'} (${why}). Upload the original document, a PDF exported from it, or a clearer scan (at least 150 dpi).`,
    { pageCount, pagesWithoutText: pages, reasons: Object.fromEntries(reasons) },
  );
}

/** One warning for the pages with no text that OCR could not read either, saying why. */
export function unreadPageWarnings(unread: ReadonlyMap<number, string>): string[] {
  if (unread.size === 0) return [];
  const pages = [...unread.keys()].sort((a, b) => a - b);
  const why = [...new Set(unread.values())].join('; ');
  return [
    `No text could be read on page${pages.length === 1 ? '' : 's'} ${pageList(pages)}, not even by OCR (${why}).`,
  ];
}
