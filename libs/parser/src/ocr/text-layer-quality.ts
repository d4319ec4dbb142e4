/** Which pages OCR should look at: no text layer, a text layer of garbage, or a picture under a few lines. */
import type { PageContent } from '../adapters/pdf/page-content';

/** A page with at most this many lines and characters of text may be a form pasted as a picture. */
const SPARSE_LINES = 6;
const SPARSE_CHARS = 240;

function pageText(page: PageContent): string {
  return page.lines.map((line) => line.fragments.map((f) => f.text).join(' ')).join('\n');
}

/**
 * Text a reader could not read either: fonts without a Unicode map give private-use glyphs or
 * symbols, so letters and digits are a small share of what is printed.
 */
export function isGarbageText(text: string): boolean {
  const printed = text.replace(/\s+/g, '');
  if (printed.length < 40) return false;
  const readable = printed.match(/[A-Za-z0-9]/g)?.length ?? 0;
  return readable / printed.length < 0.4;
}

/** Page numbers worth an OCR look, in order: textless pages first among equals, all in page order. */
export function ocrCandidates(pages: readonly PageContent[], textless: readonly number[]): number[] {
  const without = new Set(textless);
  return pages
    .filter((page) => {
      if (without.has(page.pageNumber)) return true;
      const text = pageText(page);
      return isGarbageText(text) || (page.lines.length <= SPARSE_LINES && text.length <= SPARSE_CHARS);
    })
    .map((page) => page.pageNumber);
}
