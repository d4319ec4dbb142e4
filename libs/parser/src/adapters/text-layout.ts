import type { DocBlock, ExtractedDocument } from '../model/extracted-document';
import { readHeaderRow } from '../normalise/columns';
import { findProvisionNumber } from '../normalise/provision-number';
import { cellsByColumn, columnDividers, headerCells, segmentsOf, type Segment } from './text-columns';
import { cellText } from './text-cells';

interface TextLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
  page: number;
  segments: Segment[];
}

interface HeaderAt {
  index: number;
  /** Lines the header takes (a wrapped header takes two). */
  span: number;
  cells: Segment[];
  key: string;
}

const MIN_NUMBERED_ROWS = 3;
const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
const PAGE_OF = /\bpage\s+\d+\s+of\s+\d+\b/i;
const NUMBER_THEN_TEXT = /^(\S{3,7})\s(?=\S)/;

/**
 * Reads a table laid out with spaces only, as `pdftotext -layout` prints one: the header row (one or two lines)
 * anchors the columns, the dividers go in the gutters the lines below share, and each line becomes one row
 * block with its text by column, for normalisation to merge into provision rows. Titles and prose across the
 * page, page numbers and repeated page edges become paragraphs. Null when no such table is found.
 */
export function extractSpacedText(text: string): ExtractedDocument | null {
  const lines = splitLines(text);
  const headers = findHeaders(lines);
  if (headers.length === 0) return null;
  const furniture = pageFurniture(lines, new Set(headers.flatMap((h) => [h.index, h.index + h.span - 1])));
  const dividersByKey = dividersFor(headers, lines, furniture);

  const blocks: DocBlock[] = [];
  const starts = new Map(headers.map((h) => [h.index, h]));
  let dividers: number[] | null = null;
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
    const header = starts.get(i);
    if (header) {
      dividers = dividersByKey.get(header.key) ?? null;
      blocks.push({ kind: 'row', cells: header.cells.map((c) => ({ text: c.text })), line: line.line, page, afterBreak });
      i += header.span - 1;
      paused = false;
      afterBreak = false;
      continue;
    }
    if (line.segments.length === 0) {
      afterBreak = true;
      continue;
    }
    const first = dividers?.[0];
    if (!dividers || first === undefined || furniture.has(i) || isProse(line.segments, first)) {
      blocks.push({ kind: 'paragraph', text: cellText(line.text.trim()), line: line.line, page });
      paused = dividers !== null;
      continue;
    }
    const cells = cellsByColumn(splitLeadingNumber(line.segments, first), dividers);
    const lead = cells[0] ?? '';
    const isNumber = findProvisionNumber(lead) !== null;
    if (paused && lead !== '' && !isNumber) {
      blocks.push({ kind: 'paragraph', text: cellText(line.text.trim()), line: line.line, page });
      continue;
    }
    paused = false;
    if (isNumber) numbered++;
    blocks.push({ kind: 'row', cells: cells.map((c) => ({ text: cellText(c) })), line: line.line, page, afterBreak });
    afterBreak = false;
  }
  if (numbered < MIN_NUMBERED_ROWS) return null;
  const pages = lines.reduce((max, l) => Math.max(max, l.page), 1);
  return { format: 'text', blocks, ...(pages > 1 ? { pageCount: pages } : {}), metadata: {}, warnings: [] };
}

function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let page = 1;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      raw.split('\f').forEach((part, segment) => {
        if (segment > 0) page++;
        const clean = part.replace(/\t/g, '    ').replace(/[\u00a0\u3000]/g, ' ');
        out.push({ text: clean, line: index + 1, page, segments: segmentsOf(clean) });
      });
    });
  return out;
}

/** Header rows: a line, or a line and the one below it, that reads as a self-assessment table's header. */
function findHeaders(lines: readonly TextLine[]): HeaderAt[] {
  const found: HeaderAt[] = [];
  for (let i = 0; i < lines.length; i++) {
    const segs = lines[i]?.segments ?? [];
    if (segs.length < 2 || segs.some((s) => s.text.length > 80)) continue;
    const single = score([segs]);
    const below = lines[i + 1]?.segments ?? [];
    const continues = below.length > 0 && below.every((s) => s.text.length <= 30 && !/\.$/.test(s.text) && !findProvisionNumber(s.text));
    const double = continues ? score([segs, below]) : 0;
    if (single === 0 && double === 0) continue;
    const span = double > single ? 2 : 1;
    const cells = headerCells(span === 2 ? [segs, below] : [segs]);
    found.push({ index: i, span, cells, key: cells.map((c) => `${c.start}:${c.text}`).join('|') });
    i += span - 1;
  }
  return found;
}

/** How many columns the header lines name (0 when they do not make a header). */
function score(lines: Segment[][]): number {
  const map = readHeaderRow(headerCells(lines).map((c) => ({ text: c.text })));
  return map ? map.roles.filter((r) => r !== 'ignore').length : 0;
}

/** Dividers for each distinct header, from the lines under all of its occurrences. */
function dividersFor(headers: readonly HeaderAt[], lines: readonly TextLine[], furniture: ReadonlySet<number>): Map<string, number[]> {
  const body = new Map<string, Segment[][]>();
  headers.forEach((h, n) => {
    const end = headers[n + 1]?.index ?? lines.length;
    const second = h.cells[1]?.start ?? Infinity;
    const mine = body.get(h.key) ?? [];
    for (let i = h.index + h.span; i < end; i++) {
      const segs = lines[i]?.segments ?? [];
      if (segs.length === 0 || furniture.has(i) || isProse(segs, second)) continue;
      mine.push(segs);
    }
    body.set(h.key, mine);
  });
  const out = new Map<string, number[]>();
  const first = new Map(headers.map((h) => [h.key, h.cells]));
  for (const [key, segs] of body) out.set(key, columnDividers(first.get(key) ?? [], segs));
  return out;
}

/** A title or a line of prose: one run of text from the first column across the first divider. */
function isProse(segments: readonly Segment[], firstDivider: number): boolean {
  const [only] = segments;
  if (!only || segments.length !== 1 || only.start >= firstDivider || only.end <= firstDivider + 1) return false;
  const lead = NUMBER_THEN_TEXT.exec(only.text);
  return !(lead?.[1] && findProvisionNumber(lead[1]));
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

/** Page numbers, "Page 2 of 7" lines, and lines repeated at the top or bottom of several pages. */
function pageFurniture(lines: readonly TextLine[], headerLines: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const edges = new Map<string, number[]>();
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.segments.length === 0 || headerLines.has(i)) return;
    if (PAGE_NUMBER.test(l.text) || PAGE_OF.test(l.text)) out.add(i);
    byPage.set(l.page, [...(byPage.get(l.page) ?? []), i]);
  });
  if (byPage.size < 2) return out;
  for (const indexes of byPage.values()) {
    for (const i of [...indexes.slice(0, 2), ...indexes.slice(-2)]) {
      const key = (lines[i]?.text ?? '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
      edges.set(key, [...(edges.get(key) ?? []), i]);
    }
  }
  // Half the pages at least: a table line repeated at the edge of two pages by chance is content.
  for (const indexes of edges.values()) {
    const pages = new Set(indexes.map((i) => lines[i]?.page));
    if (pages.size >= Math.max(2, byPage.size / 2)) for (const i of indexes) out.add(i);
  }
  return out;
}
