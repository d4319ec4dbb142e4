/**
 * Column geometry of text laid out with spaces (`pdftotext -layout` and the like): a line's runs of text
 * separated by two or more spaces, and column dividers placed in the gutters the table's lines share.
 */

/** A run of text on one line, from column `start` up to (not including) `end`. */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

const GAP = / {2,}/g;

export function segmentsOf(line: string): Segment[] {
  const out: Segment[] = [];
  let start = line.search(/\S/);
  if (start < 0) return out;
  GAP.lastIndex = start;
  for (let match = GAP.exec(line); match; match = GAP.exec(line)) {
    if (match.index > start) out.push({ start, end: match.index, text: line.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  const rest = line.slice(start).trimEnd();
  if (rest) out.push({ start, end: start + rest.length, text: rest });
  return out;
}

/**
 * Places header segments (from one or more header lines) into header cells: a segment on a later line joins
 * the cell it overlaps most, or opens its own when it overlaps none.
 */
export function headerCells(lines: readonly Segment[][]): Segment[] {
  const cells: Segment[] = (lines[0] ?? []).map((s) => ({ ...s }));
  for (const line of lines.slice(1)) {
    for (const seg of line) {
      let best: Segment | null = null;
      let bestOverlap = 0;
      for (const cell of cells) {
        const overlap = Math.min(cell.end, seg.end) - Math.max(cell.start, seg.start);
        if (overlap > bestOverlap) {
          best = cell;
          bestOverlap = overlap;
        }
      }
      if (best) {
        best.text = `${best.text} ${seg.text}`;
        best.start = Math.min(best.start, seg.start);
        best.end = Math.max(best.end, seg.end);
      } else cells.push({ ...seg });
    }
  }
  return cells.sort((a, b) => a.start - b.start);
}

/** Where columns divide, and where each column's text usually starts (its left edge as the lines show it). */
export interface ColumnLayout {
  dividers: number[];
  starts: number[];
  /** The column the header names as the answer column, if any. */
  answerColumn?: number;
}

/**
 * Where each column after the first begins. Between two header cells' left edges, the divider goes in the
 * widest run of character positions that the fewest lines write in (the rightmost of equals): the gutter.
 * Lines that cross a gutter (titles, prose) count against it only as much as they appear.
 */
export function columnLayout(header: readonly Segment[], lines: readonly Segment[][]): ColumnLayout {
  const width = Math.max(0, ...lines.flatMap((l) => l.map((s) => s.end)), ...header.map((h) => h.end)) + 1;
  const occupied = new Array<number>(width).fill(0);
  for (const line of lines)
    for (const seg of line) for (let x = seg.start; x < seg.end; x++) occupied[x] = (occupied[x] ?? 0) + 1;

  const dividers: number[] = [];
  for (let k = 1; k < header.length; k++) {
    const anchor = header[k]?.start ?? 0;
    const from = Math.max((header[k - 1]?.start ?? 0) + 1, (dividers[k - 2] ?? 0) + 1);
    const to = anchor;
    let least = Infinity;
    for (let x = from; x <= to; x++) least = Math.min(least, occupied[x] ?? 0);
    let best = { start: anchor, length: 0 };
    for (let x = from; x <= to; x++) {
      if ((occupied[x] ?? 0) !== least) continue;
      let end = x;
      while (end + 1 <= to && (occupied[end + 1] ?? 0) === least) end++;
      const length = end - x + 1;
      if (length >= best.length) best = { start: x, length };
      x = end;
    }
    dividers.push(best.start + Math.floor(best.length / 2));
  }
  const all = withUnnamedColumns(dividers, lines, width);
  return { dividers: all, starts: usualStarts(all, lines) };
}

/**
 * The same columns on another page, where `pdftotext -layout` may have laid the page out on another character
 * grid: the old column starts, scaled and shifted together, are matched to where this page's runs of text
 * start, and each is then settled on the busiest position next to it.
 */
export function shiftedLayout(previous: ColumnLayout, lines: readonly Segment[][]): ColumnLayout {
  const counts = new Map<number, number>();
  for (const line of lines) for (const seg of line) counts.set(seg.start, (counts.get(seg.start) ?? 0) + 1);
  const near = (x: number): number =>
    (counts.get(x - 1) ?? 0) + (counts.get(x) ?? 0) + (counts.get(x + 1) ?? 0);
  let best = { scale: 1, offset: 0, score: -1 };
  for (let scale = MIN_SCALE; scale <= MAX_SCALE + 1e-9; scale += SCALE_STEP) {
    for (let offset = -MAX_OFFSET; offset <= MAX_OFFSET; offset++) {
      const score = previous.starts.reduce((sum, x) => sum + near(Math.round(x * scale + offset)), 0);
      const plain = Math.abs(scale - 1) + Math.abs(offset) / 100;
      if (
        score > best.score ||
        (score === best.score && plain < Math.abs(best.scale - 1) + Math.abs(best.offset) / 100)
      )
        best = { scale, offset, score };
    }
  }
  const starts = previous.starts.map((x) => {
    const guess = Math.round(x * best.scale + best.offset);
    return [guess - 1, guess, guess + 1].reduce(
      (a, b) => ((counts.get(b) ?? 0) > (counts.get(a) ?? 0) ? b : a),
      guess,
    );
  });
  return { ...previous, starts, dividers: starts.map((x) => x - 1) };
}

const MIN_SCALE = 0.8;
const MAX_SCALE = 1.25;
const SCALE_STEP = 0.01;
const MAX_OFFSET = 10;

/** The most common first position of the text in each column. */
function usualStarts(dividers: readonly number[], lines: readonly Segment[][]): number[] {
  const counts = dividers.map(() => new Map<number, number>());
  for (const line of lines) {
    for (const seg of line) {
      const col = columnAt(seg.start, dividers) - 1;
      const count = counts[col];
      if (count) count.set(seg.start, (count.get(seg.start) ?? 0) + 1);
    }
  }
  return counts.map(
    (count, k) => [...count.entries()].reduce((a, b) => (b[1] > a[1] ? b : a), [dividers[k] ?? 0, 0])[0],
  );
}

/** The column a character position falls in. */
export function columnAt(x: number, dividers: readonly number[]): number {
  let col = 0;
  while (col < dividers.length && x >= (dividers[col] ?? Infinity)) col++;
  return col;
}

/**
 * Columns with no header of their own (one heading merged over two columns): inside a column, a gutter that
 * no line writes in, with text on its left and text starting right after it on many lines.
 */
function withUnnamedColumns(
  dividers: readonly number[],
  lines: readonly Segment[][],
  width: number,
): number[] {
  const out: number[] = [];
  const edges = [0, ...dividers, width];
  for (let k = 0; k + 1 < edges.length; k++) {
    const lo = edges[k] ?? 0;
    const hi = edges[k + 1] ?? lo;
    if (k > 0) out.push(lo);
    const inRegion = lines.filter((l) => l.some((s) => s.end > lo && s.start < hi));
    const needed = Math.max(3, inRegion.length * 0.25);
    // Titles run from the margin across any gutter in the first column: they do not count against one there.
    const margin = Math.min(...inRegion.map((l) => l[0]?.start ?? Infinity));
    const occupied = new Array<number>(hi - lo).fill(0);
    for (const line of inRegion) {
      const [only] = line;
      if (k === 0 && line.length === 1 && only && only.start <= margin + 1) continue;
      for (const seg of line)
        for (let x = Math.max(lo, seg.start); x < Math.min(hi, seg.end); x++)
          occupied[x - lo] = (occupied[x - lo] ?? 0) + 1;
    }
    // A stray long line may cross the gutter: it stays a gutter if almost no line writes in it.
    const quiet = (x: number): boolean => (occupied[x - lo] ?? 0) <= Math.floor(inRegion.length * 0.03);
    for (let x = lo + 1; x < hi - 2; x++) {
      if (!quiet(x)) continue;
      let end = x;
      while (end + 1 < hi && quiet(end + 1)) end++;
      if (end - x + 1 >= 2 && end + 1 < hi - 1) {
        const starting = inRegion.filter((l) => l.some((s) => s.start > end && s.start <= end + 2)).length;
        const before = inRegion.filter((l) => l.some((s) => s.start < x && s.end > lo)).length;
        if (starting >= needed && before >= Math.max(3, inRegion.length * 0.05))
          out.push(x + Math.floor((end - x + 1) / 2));
      }
      x = end;
    }
  }
  return out;
}
