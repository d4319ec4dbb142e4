import { htmlFragmentToText, tidyLines } from './html-text';

const HAS_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/;
// Private-use and symbol-font bullets that PDF-to-text tools leave at the start of list lines.
const GLYPH_BULLET = /(^|\s)[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25cf\u25aa\u25a0\u2219]\s*/g;
// Markdown links and images keep their text: "[Complaints Policy](https://...)", "![Logo of X](logo.png)".
const MARKDOWN_LINK = /!?\[([^\]\n]{1,300})\]\([^)\s]{1,500}(?:\s+"[^"\n]*")?\)/g;

/** Cell text from a text extraction: HTML fragments rendered, Markdown links and bold unwrapped, glyph bullets made '• ', whitespace tidied. */
export function cellText(raw: string): string {
  const text = HAS_TAG.test(raw) || /&[a-z#0-9]+;/i.test(raw) ? htmlFragmentToText(raw) : raw;
  return tidyLines(
    text.replace(MARKDOWN_LINK, '$1').replace(GLYPH_BULLET, (_m, lead: string) => `${lead}• `),
  ).replace(/\*\*(.+?)\*\*/g, '$1');
}
