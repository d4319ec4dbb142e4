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
  // Counted by character code: pages hold thousands of characters and this runs on every page.
  let printed = 0;
  let readable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0x3000) continue;
    printed++;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) readable++;
  }
  if (printed < 40) return false;
  return readable / printed < 0.4;
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
