/**
 * Splits a page's lines into running text and tables. A table starts at a header row, inside a ruled
 * frame, or at the top of a page when the previous page ended inside a table; it runs for as long as
 * the lines still look like table rows.
 */
import { columnsFromGutters, columnsFromHeader, columnIndex, mergeWithRules, type ColumnModel } from './column-grid';
import { medianFontSize, union, type Box } from './geometry';
import type { PageContent, TextLine } from './page-content';
import { findSpans, type Span } from './cell-spans';
import { buildRows, type RowDraft } from './row-builder';
import { PROVISION_START, clusterCells, detectHeader, headerKey, type TableHeader } from './table-header';
import { columnRules, findFrames, rowRules, type RuledFrame } from './table-rulings';

export interface PageTable {
  header: TableHeader | null;
  columns: ColumnModel;
  rows: RowDraft[];
  /** Merged cells found from gaps in the drawn rules, per row and column. */
  spans: Span[][];
  box: Box;
  numberColumn: number;
  fontSize: number;
  /** Drawn rules separate the rows. */
  rowsRuled: boolean;
  /** The header the columns were read from (this page's, or the one the table started under) and the recent body lines read with it. */
  columnBasis: ColumnBasis | null;
}

/** A header and body lines under it, from which a table's columns are read. */
export interface ColumnBasis {
  header: TableHeader;
  lines: readonly TextLine[];
}

export type PageItem = { kind: 'text'; lines: TextLine[] } | { kind: 'table'; table: PageTable };

/** What a table that runs off the bottom of a page hands to the next page. */
export interface TableCarry {
  columns: ColumnModel;
  /**
   * The table's header and recent body lines: the next page's columns are read from the header over those lines and its
   * own, so a column that is empty under the header (or a header that ended the page alone) is still found.
   */
  basis: ColumnBasis | null;
  numberColumn: number;
  fontSize: number;
  left: number;
  right: number;
}

interface OpenTable {
  header: TableHeader | null;
  lines: TextLine[];
  frame: RuledFrame | null;
  carry: TableCarry | null;
  fontSize: number;
  left: number;
  right: number;
}

function frameAround(frames: readonly RuledFrame[], box: Box): RuledFrame | null {
  const cy = (box.y0 + box.y1) / 2;
  return frames.find((f) => cy >= f.y0 - 2 && cy <= f.y1 + 2 && box.x0 >= f.x0 - 6 && box.x1 <= f.x1 + 6) ?? null;
}

function hasProvision(line: TextLine): boolean {
  return PROVISION_START.test(line.fragments[0]?.text ?? '');
}

/** Whether `line` continues `table`. */
function fits(table: OpenTable, line: TextLine): boolean {
  const size = table.fontSize;
  if (line.fontSize > size * 1.25 + 0.5) return false;
  const frame = table.frame;
  if (frame && frame.y1 > (table.header?.y1 ?? frame.y0) + size) {
    const cy = (line.y0 + line.y1) / 2;
    if (cy >= frame.y0 - 2 && cy <= frame.y1 + 2) return true;
    // A row cut by the page end often loses its bottom rule; below the frame, judge it as borderless.
    if (cy < frame.y0) return false;
  }
  if (line.x0 < table.left - 1.5 * size) return false;
  const last = table.lines[table.lines.length - 1] ?? table.header;
  if (last && line.y0 - last.y1 > 2.5 * size && !hasProvision(line)) return false;
  // Running text is wider than any one column.
  const widest = widestColumn(table);
  return !line.fragments.some((f) => f.x1 - f.x0 > widest + size);
}

/** A one-cell line sitting right on top of a header row is that table's title. */
function isTitleOf(line: TextLine, header: TableHeader | null): boolean {
  if (!header || hasProvision(line)) return false;
  return header.y0 - line.y1 < 1.2 * line.fontSize && clusterCells(line.fragments, 1.5).length === 1;
}

/** Inside a table, only a bold row, or a repeat of the table's own header, counts as a new header. */
function acceptHeader(header: TableHeader, open: OpenTable | null): boolean {
  if (!open || open.lines.length === 0) return true;
  const bold = header.lines.every((l) => l.fragments.every((f) => f.bold));
  const same = open.header !== null && headerKey(open.header.cells.map((c) => c.text)) === headerKey(header.cells.map((c) => c.text));
  return bold || same;
}

/**
 * The widest a column's text can be. Under a header, a column's text stays clear of its neighbours' header words
 * (which sit inside their own columns, left-aligned or centred), so it spans at most from the end of the header
 * cell to its left to the start of the one to its right.
 */
function widestColumn(table: OpenTable): number {
  let widest = 0;
  const cells = (table.header ?? table.carry?.basis?.header)?.cells;
  if (cells) {
    for (let i = 0; i < cells.length; i++) widest = Math.max(widest, (cells[i + 1]?.x0 ?? table.right) - (cells[i - 1]?.x1 ?? table.left));
    return widest;
  }
  const starts = [table.left, ...(table.carry?.columns.boundaries ?? [])];
  for (let i = 0; i < starts.length; i++) widest = Math.max(widest, (starts[i + 1] ?? table.right) - (starts[i] ?? 0));
  return widest;
}

function numberColumnOf(lines: readonly TextLine[], boundaries: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const first = line.fragments.find((f) => PROVISION_START.test(f.text));
    if (!first) continue;
    const column = columnIndex(boundaries, first.x0 + 1);
    const firstInColumn = line.fragments.filter((f) => columnIndex(boundaries, f.x0 + 1) === column)[0];
    if (firstInColumn === first) counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  const best = [...counts.entries()].filter(([column]) => column <= 1).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 1 ? best[0] : -1;
}

/** Body lines handed on to the next page for finding its columns: enough for every column to show, and bounded. */
const CARRIED_LINES = 120;

function finishTable(open: OpenTable): PageTable | null {
  const lines = open.lines;
  if (lines.length === 0 && !open.header) return null;
  const fontSize = medianFontSize(lines) || open.fontSize;
  const boxes: Box[] = [...lines, ...(open.header ? [open.header] : [])];
  const textBox = union(boxes) ?? { x0: open.left, y0: 0, x1: open.right, y1: 0 };
  const box = open.frame ? (union([open.frame, textBox]) ?? textBox) : textBox;
  const rules = open.frame ? columnRules(open.frame.vertical, box, Math.min(20, 0.3 * (box.y1 - box.y0))) : [];
  let columns: ColumnModel;
  const basis: ColumnBasis | null = open.header
    ? { header: open.header, lines }
    : open.carry?.basis
      ? { header: open.carry.basis.header, lines: [...open.carry.basis.lines, ...lines] }
      : null;
  if (basis) {
    columns = mergeWithRules(columnsFromHeader(basis.header.cells, basis.lines, basis.header.fontSize), rules, basis.header.cells);
  } else if (open.carry) {
    const carried = open.carry.columns;
    columns = rules.length === carried.boundaries.length ? { boundaries: rules, headerTexts: carried.headerTexts, ruled: rules.map(() => true) } : carried;
  } else {
    columns = rules.length > 0 ? { boundaries: rules, headerTexts: null, ruled: rules.map(() => true) } : columnsFromGutters(lines, fontSize);
  }
  const found = numberColumnOf(lines, columns.boundaries);
  const numberColumn = found >= 0 ? found : (open.carry?.numberColumn ?? -1);
  const bodyBox = union(lines) ?? box;
  const separators = open.frame ? rowRules(open.frame.horizontal, { ...box, y0: bodyBox.y0 - 1, y1: bodyBox.y1 + 1 }) : [];
  // Rules at the very top or bottom of the body only close the table; inner ones separate rows.
  const inner = separators.filter((y) => y > bodyBox.y0 + 1 && y < bodyBox.y1 - 1);
  const rows = buildRows(lines, { boundaries: columns.boundaries, ruled: columns.ruled, numberColumn, rowRules: inner });
  if (!open.header && rows.length === 0) return null;
  const spans = open.frame ? findSpans(rows, columns.boundaries, box, open.frame, inner) : rows.map(() => []);
  const columnBasis = basis ? { header: basis.header, lines: basis.lines.slice(-CARRIED_LINES) } : null;
  return { header: open.header, columns, rows, spans, box, numberColumn, fontSize, rowsRuled: inner.length > 0, columnBasis };
}

/** A line opening a table without header or rules: a number, a gutter, then text. */
function numberedRow(line: TextLine): boolean {
  const [first, second] = line.fragments;
  return first !== undefined && second !== undefined && PROVISION_START.test(first.text) && second.x0 - first.x1 >= 1.5 * line.fontSize;
}

/** The last resort for a borderless table without a header: three such lines with their numbers aligned. */
function startsNumberedRun(lines: readonly TextLine[], start: number): boolean {
  const line = lines[start];
  if (!line || !numberedRow(line)) return false;
  let aligned = 0;
  for (const other of lines.slice(start + 1, start + 60)) {
    if (numberedRow(other) && Math.abs(other.x0 - line.x0) <= 2) aligned++;
    if (aligned >= 2) return true;
  }
  return false;
}

export function carryOf(table: PageTable): TableCarry {
  return { columns: table.columns, basis: table.columnBasis, numberColumn: table.numberColumn, fontSize: table.fontSize, left: table.box.x0, right: table.box.x1 };
}

export function findPageItems(page: PageContent, carry: TableCarry | null): PageItem[] {
  const lines = page.lines;
  const frames = findFrames(page.graphics, page.width);
  const contentRight = Math.max(0, ...lines.map((l) => l.x1));
  const headers = new Map<number, TableHeader | null>();
  const headerAt = (index: number): TableHeader | null => {
    if (!headers.has(index)) headers.set(index, detectHeader(lines, index));
    return headers.get(index) ?? null;
  };
  const items: PageItem[] = [];
  let text: TextLine[] = [];
  let open: OpenTable | null = null;
  const flushText = (): void => {
    if (text.length > 0) items.push({ kind: 'text', lines: text });
    text = [];
  };
  const closeTable = (): void => {
    if (!open) return;
    const table = finishTable(open);
    if (table) items.push({ kind: 'table', table });
    else text.push(...open.lines);
    open = null;
  };
  if (carry) {
    open = { header: null, lines: [], frame: null, carry, fontSize: carry.fontSize, left: carry.left, right: Math.max(carry.right, contentRight) };
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const found = headerAt(i);
    const header = found && acceptHeader(found, open) ? found : null;
    if (header) {
      closeTable();
      flushText();
      const frame = frameAround(frames, header);
      // Header words rarely reach the right edge of the last column; the text margin does.
      const right = frame?.x1 ?? Math.max(header.x1, contentRight);
      open = { header, lines: [], frame, carry: null, fontSize: header.fontSize, left: frame?.x0 ?? header.x0, right };
      i += header.lines.length - 1;
      continue;
    }
    if (isTitleOf(line, headerAt(i + 1))) {
      closeTable();
      text.push(line);
      continue;
    }
    if (open) {
      if (open.lines.length === 0 && !open.header && open.carry) {
        open.frame = frameAround(frames, line);
      }
      if (fits(open, line)) {
        open.lines.push(line);
        continue;
      }
      closeTable();
    }
    const frame = frameAround(frames, line);
    if (frame && frame.vertical.length >= 3) {
      flushText();
      open = { header: null, lines: [line], frame, carry: null, fontSize: line.fontSize, left: frame.x0, right: frame.x1 };
      continue;
    }
    if (startsNumberedRun(lines, i)) {
      flushText();
      open = { header: null, lines: [line], frame: null, carry: null, fontSize: line.fontSize, left: line.x0, right: contentRight };
      continue;
    }
    text.push(line);
  }
  closeTable();
  flushText();
  return items;
}
