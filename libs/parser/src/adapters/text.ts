import type { DocBlock, DocCell, ExtractedDocument } from '../model/extracted-document';
import { htmlFragmentToText, tidyLines } from './html-text';

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^(\*\*|__)(.+?)\1\s*$/;
const RULE_CELL = /^\s*:?-{2,}:?\s*$/;
const HAS_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/;
// Private-use and symbol-font bullets that PDF-to-text tools leave at the start of list lines.
const GLYPH_BULLET = /(^|\s)[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25cf\u25aa\u25a0\u2219]\s*/g;

/**
 * Reads a plain-text or Markdown extraction. A line with tabs is one visual line of a table row
 * (cells kept by position, empty ones included); a Markdown pipe row likewise. Blank lines and form feeds
 * mark breaks; Markdown rules are dropped; HTML left in cells becomes text.
 */
export function extractText(text: string): ExtractedDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: DocBlock[] = [];
  let afterBreak = false;
  let page = 1;
  let sawFormFeed = false;

  lines.forEach((raw, index) => {
    const line = index + 1;
    raw.split('\f').forEach((content, segment) => {
      if (segment > 0) {
        sawFormFeed = true;
        page++;
        afterBreak = true;
      }
      if (isBlank(content)) {
        if (segment === 0) afterBreak = true;
        return;
      }
      const cells = splitCells(content);
      if (cells) {
        if (cells.every((cell) => RULE_CELL.test(cell) || isBlank(cell))) return;
        const row: DocBlock = { kind: 'row', cells: cells.map(toCell), line, afterBreak };
        if (sawFormFeed) row.page = page;
        blocks.push(row);
        afterBreak = false;
        return;
      }
      if (RULE_CELL.test(content) || /^\s*(?:[-*_]\s*){3,}$/.test(content)) return;
      const block = proseBlock(content, line);
      if (sawFormFeed) block.page = page;
      blocks.push(block);
      afterBreak = false;
    });
  });

  return { format: 'text', blocks, ...(sawFormFeed ? { pageCount: page } : {}), metadata: {}, warnings: [] };
}

function isBlank(text: string): boolean {
  return /^[\s\u00a0\u200b\u3000]*$/.test(text);
}

function splitCells(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t');
  const trimmed = line.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) {
    return trimmed
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.replace(/\\\|/g, '|'));
  }
  return null;
}

function toCell(raw: string): DocCell {
  return { text: cellText(raw) };
}

/** Cell text from a text extraction: HTML fragments rendered, glyph bullets made '• ', whitespace tidied. */
export function cellText(raw: string): string {
  const text = HAS_TAG.test(raw) || /&[a-z#0-9]+;/i.test(raw) ? htmlFragmentToText(raw) : raw;
  return tidyLines(text.replace(GLYPH_BULLET, (_m, lead: string) => `${lead}• `)).replace(/\*\*(.+?)\*\*/g, '$1');
}

function proseBlock(content: string, line: number): DocBlock {
  const heading = MARKDOWN_HEADING.exec(content.trim());
  if (heading) return { kind: 'heading', text: cellText(heading[2] ?? ''), level: heading[1]?.length ?? 1, line };
  const bold = BOLD_LINE.exec(content.trim());
  if (bold) return { kind: 'heading', text: cellText(bold[2] ?? ''), line };
  return { kind: 'paragraph', text: cellText(content), line };
}
