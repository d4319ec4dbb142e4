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

/**
 * Where each column after the first begins. Between two header cells' left edges, the divider goes in the
 * widest run of character positions that the fewest lines write in (the rightmost of equals): the gutter.
 * Lines that cross a gutter (titles, prose) count against it only as much as they appear.
 */
export function columnDividers(header: readonly Segment[], lines: readonly Segment[][]): number[] {
  const width = Math.max(0, ...lines.flatMap((l) => l.map((s) => s.end)), ...header.map((h) => h.end)) + 1;
  const occupied = new Array<number>(width).fill(0);
  for (const line of lines) for (const seg of line) for (let x = seg.start; x < seg.end; x++) occupied[x] = (occupied[x] ?? 0) + 1;

  const dividers: number[] = [];
  for (let k = 1; k < header.length; k++) {
    const from = (header[k - 1]?.start ?? 0) + 1;
    const to = header[k]?.start ?? from;
    let least = Infinity;
    for (let x = from; x <= to; x++) least = Math.min(least, occupied[x] ?? 0);
    let best = { start: to, length: 0 };
    for (let x = from; x <= to; x++) {
      if ((occupied[x] ?? 0) !== least) continue;
      let end = x;
      while (end + 1 <= to && (occupied[end + 1] ?? 0) === least) end++;
      if (end - x + 1 >= best.length) best = { start: x, length: end - x + 1 };
      x = end;
    }
    dividers.push(best.start + Math.floor(best.length / 2));
  }
  return dividers;
}

/**
 * A line's text by column. A segment belongs to the column its first character falls in; one that runs across a
 * divider (text separated from the next column's by a single space) is cut at the space nearest the divider.
 */
export function cellsByColumn(segments: readonly Segment[], dividers: readonly number[]): string[] {
  const cells = new Array<string>(dividers.length + 1).fill('');
  const columnOf = (x: number): number => {
    let col = 0;
    while (col < dividers.length && x >= (dividers[col] ?? Infinity)) col++;
    return col;
  };
  const put = (col: number, text: string): void => {
    cells[col] = cells[col] ? `${cells[col]} ${text}` : text;
  };
  for (const seg of segments) {
    let { start, text } = seg;
    let col = columnOf(start);
    for (let d = col; d < dividers.length; d++) {
      const divider = dividers[d] ?? Infinity;
      if (start + text.length <= divider + 1) break;
      const cut = nearestSpace(text, divider - start);
      if (cut < 0) break;
      put(col, text.slice(0, cut).trimEnd());
      start += cut + 1;
      text = text.slice(cut + 1);
      col = columnOf(start);
    }
    put(col, text);
  }
  return cells;
}

function nearestSpace(text: string, at: number): number {
  for (let d = 0; d <= 2; d++) {
    if (text[at - d] === ' ') return at - d;
    if (text[at + d] === ' ') return at + d;
  }
  return -1;
}
