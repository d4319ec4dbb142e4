import type { DocBlock, DocCell, ExtractedDocument } from '../model/extracted-document';
import { findProvisionNumber } from '../vocabulary/provision-number';
import { cellText } from './text-cells';
import { extractSpacedText } from './text-layout/text-layout';

export { cellText } from './text-cells';

const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^(\*\*|__)(.+?)\1\s*$/;
const RULE_CELL = /^\s*:?-{2,}:?\s*$/;
const PIPE = /(?<!\\)\|/g;
/** Below this many table lines, a text is also tried as a table laid out with spaces. */
const FEW_ROWS = 5;

/**
 * Reads a plain-text or Markdown extraction. A line with tabs is one visual line of a table row
 * (cells kept by position, empty ones included); a pipe row likewise, with or without outer pipes. Blank
 * lines and form feeds mark breaks; Markdown rules are dropped; HTML left in cells becomes text. A text with
 * no such rows is read as a table laid out with spaces, when it has one (`text-layout.ts`).
 */
export function extractText(text: string): ExtractedDocument {
  const doc = extractDelimited(text);
  if (doc.blocks.filter((b) => b.kind === 'row').length >= FEW_ROWS) return doc;
  const spaced = extractSpacedText(text);
  return spaced && numberedRows(spaced) > numberedRows(doc) ? spaced : doc;
}

function numberedRows(doc: ExtractedDocument): number {
  return doc.blocks.filter((b) => b.kind === 'row' && b.cells.some((c) => findProvisionNumber(c.text) !== null)).length;
}

function extractDelimited(text: string): ExtractedDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const bordered = pipesBordered(lines);
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
      const cells = splitCells(content, bordered);
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

function splitCells(line: string, bordered: boolean): string[] | null {
  if (line.includes('\t')) return line.split('\t');
  const trimmed = line.trim();
  if (bordered && trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) return splitPipes(trimmed.slice(1, -1));
  if (!bordered && pipeCount(trimmed) >= 2) return splitPipes(line.trimEnd());
  return null;
}

function splitPipes(text: string): string[] {
  return text.split(PIPE).map((cell) => cell.replace(/\\\|/g, '|'));
}

function pipeCount(line: string): number {
  return line.match(PIPE)?.length ?? 0;
}

/**
 * Markdown tables have a pipe at each end of every line; spreadsheet exports ("1.2 | text | Yes") have none,
 * and their continuation lines start with the separator. Several table lines not opening with a pipe mean the
 * second kind: then every line's first and last cells are real cells, empty or not.
 */
function pipesBordered(lines: readonly string[]): boolean {
  let open = 0;
  let total = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (line.includes('\t') || pipeCount(trimmed) < 2) continue;
    total++;
    if (!trimmed.startsWith('|')) open++;
  }
  return open < Math.max(3, total * 0.2);
}

function toCell(raw: string): DocCell {
  return { text: cellText(raw) };
}

function proseBlock(content: string, line: number): DocBlock {
  const heading = MARKDOWN_HEADING.exec(content.trim());
  if (heading) return { kind: 'heading', text: cellText(heading[2] ?? ''), level: heading[1]?.length ?? 1, line };
  const bold = BOLD_LINE.exec(content.trim());
  if (bold) return { kind: 'heading', text: cellText(bold[2] ?? ''), line };
  return { kind: 'paragraph', text: cellText(content), line };
}
