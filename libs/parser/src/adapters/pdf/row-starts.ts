/**
 * Rows of a borderless table whose cells are top-aligned (the way Word, LibreOffice and browsers print by default).
 * Every cell of a row starts on the baseline of the row's provision number or below it, and a cell's text ends
 * where the next row's first line begins, in any column. So the lines where rows start cut the whole table, every
 * column alike; no block of text is ever weighed between the row above and the row below.
 */
import type { Fragment, TextLine } from './page-content';
import { groupLines } from './text-lines';

export interface RowStart {
  /** Top of the row's first line. */
  top: number;
  baseline: number;
  /** The row opens with a provision number (else: answers and text start together in three or more columns). */
  numbered: boolean;
}

/** Share of numbered rows whose cells must all start on the number's line for the table to count as top-aligned. */
const TOP_ALIGNED_SHARE = 0.7;

function sameLine(a: { top: number; baseline: number }, b: { top: number; baseline: number }, fontSize: number): boolean {
  const tolerance = Math.max(1.5, 0.3 * fontSize);
  return Math.abs(a.baseline - b.baseline) <= tolerance || Math.abs(a.top - b.top) <= tolerance;
}

interface ColumnBlockStart {
  top: number;
  baseline: number;
  fontSize: number;
}

/** The first line of each block of a column's text lines (a block ends at a gap wider than a normal line gap). */
function blockStarts(lines: readonly TextLine[]): ColumnBlockStart[] {
  const starts: ColumnBlockStart[] = [];
  let bottom = -Infinity;
  for (const line of lines) {
    if (line.y0 - bottom > 0.45 * line.fontSize) starts.push({ top: line.y0, baseline: line.baseline, fontSize: line.fontSize });
    bottom = Math.max(bottom, line.y1);
  }
  return starts;
}

/**
 * The row starts of a top-aligned table, or null when its cells are not top-aligned (centred cells put a short
 * cell's line beside the middle of a tall one, so their rows are found by overlap instead).
 */
export function topAlignedRowStarts(
  columns: readonly Fragment[][],
  numberColumn: number,
  isProvision: (fragments: readonly Fragment[]) => boolean,
): RowStart[] | null {
  const numberLines = groupLines(columns[numberColumn] ?? []).filter((line) => isProvision(line.fragments));
  if (numberLines.length < 2) return null;
  const numbered: RowStart[] = numberLines.map((line) => ({ top: line.y0, baseline: line.baseline, numbered: true }));
  const fontSize = numberLines[0]?.fontSize ?? 10;
  // Each column's lines, grouped once for both the alignment test and the unnumbered row starts.
  const columnLines = columns.map((fragments, i) => (i === numberColumn ? [] : groupLines(fragments)));
  const lineStarts = columnLines.map((lines) => lines.map((l) => ({ top: l.y0, baseline: l.baseline })));
  // A row is top-aligned when, in every other column with text before the next row's number, the first line sits on
  // the number's line.
  // Each column's first line in each row's span. When the tops run downwards (nearly always), one cursor per column
  // walks each column once; otherwise every row searches its columns from the top.
  const inOrder = topsInOrder(numbered) && lineStarts.every(topsInOrder);
  const cursors = lineStarts.map(() => 0);
  let aligned = 0;
  numbered.forEach((start, i) => {
    const end = numbered[i + 1]?.top ?? Infinity;
    const from = start.top - 0.5 * fontSize;
    const to = end - 0.5 * fontSize;
    let found = 0;
    let all = true;
    lineStarts.forEach((lines, c) => {
      let first: { top: number; baseline: number } | undefined;
      if (inOrder) {
        let j = cursors[c] ?? 0;
        while (j < lines.length && (lines[j]?.top ?? Infinity) < from) j++;
        cursors[c] = j;
        const line = lines[j];
        first = line && line.top < to ? line : undefined;
      } else {
        first = lines.find((l) => l.top >= from && l.top < to);
      }
      if (!first) return;
      found++;
      if (!sameLine(first, start, fontSize)) all = false;
    });
    if (found > 0 && all) aligned++;
  });
  if (aligned < numbered.length * TOP_ALIGNED_SHARE) return null;
  return [...numbered, ...unnumberedStarts(columns, columnLines, numberColumn, numbered)].sort((a, b) => a.top - b.top);
}

function topsInOrder(starts: readonly { top: number }[]): boolean {
  for (let i = 1; i < starts.length; i++) if (!((starts[i - 1]?.top ?? 0) <= (starts[i]?.top ?? 0))) return false;
  return true;
}

/** A row whose number is missing still starts a block in three or more other columns on one line. */
function unnumberedStarts(
  columns: readonly Fragment[][],
  columnLines: readonly TextLine[][],
  numberColumn: number,
  numbered: readonly RowStart[],
): RowStart[] {
  const starts = columnLines.flatMap((lines, i) => (i === numberColumn ? [] : blockStarts(lines).map((s) => ({ ...s, column: i }))));
  const found: RowStart[] = [];
  for (const start of starts) {
    if (numbered.some((n) => sameLine(n, start, start.fontSize)) || found.some((f) => sameLine(f, start, start.fontSize))) continue;
    const together = new Set(starts.filter((other) => sameLine(other, start, start.fontSize)).map((other) => other.column));
    const numberText = (columns[numberColumn] ?? []).some((f) => sameLine({ top: f.y0, baseline: f.baseline }, start, start.fontSize));
    if (together.size >= 3 && !numberText) found.push({ top: start.top, baseline: start.baseline, numbered: false });
  }
  return found;
}

/** Index of the row a fragment belongs to: the last row starting on or above its line; -1 above the first row. */
export function rowIndexOf(fragment: Fragment, starts: readonly RowStart[]): number {
  const tolerance = Math.max(1.5, 0.3 * fragment.fontSize);
  let index = -1;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    if (start && (fragment.y0 >= start.top - tolerance || Math.abs(fragment.baseline - start.baseline) <= tolerance)) index = i;
    else break;
  }
  return index;
}
