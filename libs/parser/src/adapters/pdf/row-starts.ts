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
  let aligned = 0;
  numbered.forEach((start, i) => {
    const end = numbered[i + 1]?.top ?? Infinity;
    const firsts = lineStarts.flatMap((lines) => {
      const first = lines.find((l) => l.top >= start.top - 0.5 * fontSize && l.top < end - 0.5 * fontSize);
      return first ? [first] : [];
    });
    if (firsts.length > 0 && firsts.every((first) => sameLine(first, start, fontSize))) aligned++;
  });
  if (aligned < numbered.length * TOP_ALIGNED_SHARE) return null;
  return [...numbered, ...unnumberedStarts(columns, columnLines, numberColumn, numbered)].sort((a, b) => a.top - b.top);
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
