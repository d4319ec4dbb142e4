import type { DocBlock, ExtractedDocument } from '../../model/extracted-document';
import { findProvisionNumber } from '../../vocabulary/provision-number';
import { cellText } from '../text-cells';
import { cellsByColumn, headerByColumn } from './text-column-cells';
import type { ColumnLayout, Segment } from './text-columns';
import { findHeaders, isProse, pageFurniture, splitLines, type TextLine } from './text-layout-lines';
import { windowLayouts } from './text-layout-windows';

const MIN_NUMBERED_ROWS = 3;
const NUMBER_THEN_TEXT = /^(\S{3,7})\s(?=\S)/;

/**
 * Reads a table laid out with spaces only, as `pdftotext -layout` prints one: the header row (one to three
 * lines) anchors the columns, the dividers go in the gutters the lines below share (re-read on every page,
 * where columns drift), and each line becomes one row block with its text by column, for normalisation to
 * merge into provision rows. Titles and prose across the page, page numbers and repeated page edges become
 * paragraphs. Null when no such table is found.
 */
export function extractSpacedText(text: string): ExtractedDocument | null {
  const lines = splitLines(text);
  const headers = findHeaders(lines);
  if (headers.length === 0) return null;
  const furniture = pageFurniture(lines, new Set(headers.flatMap((h) => [h.index, h.index + h.span - 1])));
  const layouts = windowLayouts(headers, lines, furniture);

  const blocks: DocBlock[] = [];
  const starts = new Map(headers.map((h) => [h.index, h]));
  let layout: ColumnLayout | null = null;
  let paused = false;
  let afterBreak = false;
  let page = 1;
  let numbered = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (line.page !== page) {
      page = line.page;
      afterBreak = true;
    }
    layout = layouts.get(i) ?? layout;
    const header = starts.get(i);
    if (header) {
      const names = layout ? headerByColumn(header.lines, layout) : header.cells.map((c) => c.text);
      blocks.push({ kind: 'row', cells: names.map((text) => ({ text })), line: line.line, page, afterBreak });
      i += header.span - 1;
      paused = false;
      afterBreak = false;
      continue;
    }
    if (line.segments.length === 0) {
      afterBreak = true;
      continue;
    }
    const first = layout?.dividers[0];
    if (!layout || first === undefined || furniture.has(i) || isProse(line.segments, first)) {
      blocks.push({ kind: 'paragraph', text: cellText(line.text.trim()), line: line.line, page });
      paused = layout !== null;
      continue;
    }
    const segments = splitLeadingNumber(line.segments, first);
    const opensRow =
      segments[0] !== undefined &&
      segments[0].start < first &&
      findProvisionNumber(segments[0].text) !== null;
    const cells = cellsByColumn(segments, layout, opensRow);
    const lead = cells[0] ?? '';
    const isNumber = findProvisionNumber(lead) !== null;
    if (paused && lead !== '' && !isNumber) {
      blocks.push({ kind: 'paragraph', text: cellText(line.text.trim()), line: line.line, page });
      continue;
    }
    paused = false;
    if (isNumber) numbered++;
    blocks.push({
      kind: 'row',
      cells: cells.map((c) => ({ text: cellText(c) })),
      line: line.line,
      page,
      afterBreak,
    });
    afterBreak = false;
  }
  if (numbered < MIN_NUMBERED_ROWS) return null;
  const pages = lines.reduce((max, l) => Math.max(max, l.page), 1);
  return { format: 'text', blocks, ...(pages > 1 ? { pageCount: pages } : {}), metadata: {}, warnings: [] };
}

/** "6.14 Landlords must..." with a single space after the number: the number is a cell of its own. */
function splitLeadingNumber(segments: readonly Segment[], firstDivider: number): Segment[] {
  const [head, ...rest] = segments;
  if (!head || head.start >= firstDivider || head.end <= firstDivider) return [...segments];
  const lead = NUMBER_THEN_TEXT.exec(head.text);
  if (!lead?.[1] || !findProvisionNumber(lead[1])) return [...segments];
  const cut = lead[0].length;
  return [
    { start: head.start, end: head.start + lead[1].length, text: lead[1] },
    { start: Math.max(head.start + cut, firstDivider), end: head.end, text: head.text.slice(cut) },
    ...rest,
  ];
}
