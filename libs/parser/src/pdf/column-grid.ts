/**
 * Column boundaries of a table: drawn vertical rules where there are any, otherwise the header's cells
 * matched to the white gutters that run down the body text.
 */
import type { Fragment, TextLine } from './page-content';
import type { HeaderCell } from './table-header';

export interface ColumnModel {
  /** x positions between columns, left to right; n boundaries make n + 1 columns. */
  boundaries: number[];
  /** Header text per column ('' for a blank header cell); null when the table has no header. */
  headerTexts: string[] | null;
}

export interface Gutter {
  x0: number;
  x1: number;
}

export function columnIndex(boundaries: readonly number[], x: number): number {
  let index = 0;
  while (index < boundaries.length && x >= (boundaries[index] ?? Infinity)) index++;
  return index;
}

/** Vertical strips no body fragment touches, between the leftmost and rightmost text. */
export function findGutters(fragments: readonly Fragment[], minWidth: number): Gutter[] {
  const spans = fragments.map((f) => [f.x0, f.x1] as const).sort((a, b) => a[0] - b[0]);
  const gutters: Gutter[] = [];
  let reach = -Infinity;
  for (const [x0, x1] of spans) {
    if (reach !== -Infinity && x0 - reach >= minWidth) gutters.push({ x0: reach, x1: x0 });
    reach = Math.max(reach, x1);
  }
  return gutters;
}

/** Line-start fragments (first fragment of each line within a column) that begin at a gutter's right edge. */
function alignedStarts(lines: readonly TextLine[], gutter: Gutter, tolerance: number): number {
  let count = 0;
  for (const line of lines) {
    if (line.fragments.some((f) => Math.abs(f.x0 - gutter.x1) <= tolerance)) count++;
  }
  return count;
}

function bodyFragments(lines: readonly TextLine[], spanLimit: number): Fragment[] {
  // Text that spans several columns (merged cells, a stray paragraph) would hide every gutter.
  return lines.flatMap((l) => l.fragments).filter((f) => f.x1 - f.x0 <= spanLimit);
}

/** Boundaries from the header's cells, each placed in the body gutter just left of its cell. */
export function columnsFromHeader(cells: readonly HeaderCell[], lines: readonly TextLine[], fontSize: number): ColumnModel {
  const left = cells[0]?.x0 ?? 0;
  const right = Math.max(...cells.map((c) => c.x1), ...lines.map((l) => l.x1));
  const body = bodyFragments(lines, 0.6 * (right - left));
  // Wider than a word space, so a gap between two words of one cell is never taken for a gutter.
  const gutters = findGutters(body, Math.max(3, 0.45 * fontSize));
  const boundaries: number[] = [];
  const texts: string[] = [cells[0]?.text ?? ''];
  for (let k = 1; k < cells.length; k++) {
    const previous = cells[k - 1];
    const cell = cells[k];
    if (!previous || !cell) continue;
    // The gutter lies between the two header texts, whether they are left-aligned or centred.
    const candidates = gutters.filter((g) => g.x1 <= cell.x0 + 1.5 && g.x1 > previous.x1);
    const best = candidates.sort((a, b) => b.x1 - a.x1)[0];
    const boundary = best ? Math.max(best.x0, best.x1 - 1.5) : cell.x0 - 1.5;
    if (boundary <= (boundaries[boundaries.length - 1] ?? -Infinity)) continue;
    boundaries.push(boundary);
    texts.push(cell.text);
  }
  return splitUnnamedColumns({ boundaries, headerTexts: texts }, lines, body, gutters, fontSize);
}

/**
 * A column whose header cell is blank shows up as a wide gutter inside one header column, with body
 * text starting at the same x on several lines to its right.
 */
function splitUnnamedColumns(model: ColumnModel, lines: readonly TextLine[], body: readonly Fragment[], gutters: readonly Gutter[], fontSize: number): ColumnModel {
  const boundaries = [...model.boundaries];
  const texts = model.headerTexts ? [...model.headerTexts] : null;
  for (const gutter of gutters) {
    if (gutter.x1 - gutter.x0 < 1.2 * fontSize) continue;
    const column = columnIndex(boundaries, gutter.x0);
    const start = boundaries[column - 1] ?? -Infinity;
    const end = boundaries[column] ?? Infinity;
    if (gutter.x1 >= end - 2 * fontSize || gutter.x0 <= start + 0.5) continue;
    const leftText = body.some((f) => f.x1 <= gutter.x0 + 0.5 && f.x0 >= start);
    if (!leftText || alignedStarts(lines, gutter, 1.5) < 3) continue;
    const boundary = Math.max(gutter.x0, gutter.x1 - 1.5);
    boundaries.splice(column, 0, boundary);
    texts?.splice(column + 1, 0, '');
  }
  return { boundaries, headerTexts: texts };
}

/** Boundaries for a table without a header: gutters that several lines start against. */
export function columnsFromGutters(lines: readonly TextLine[], fontSize: number): ColumnModel {
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const body = bodyFragments(lines, 0.6 * (right - left));
  const gutters = findGutters(body, Math.max(2, 0.6 * fontSize));
  const boundaries = gutters.filter((g) => alignedStarts(lines, g, 1.5) >= Math.min(3, lines.length)).map((g) => Math.max(g.x0, g.x1 - 1.5));
  return { boundaries, headerTexts: null };
}

/** Drawn column rules win; header-derived boundaries fill in where a rule is missing. */
export function mergeWithRules(model: ColumnModel, rules: readonly number[], headerCells: readonly HeaderCell[] | null): ColumnModel {
  if (rules.length === 0) return model;
  if (!headerCells) return { boundaries: [...rules], headerTexts: null };
  const boundaries = [...rules];
  for (const b of model.boundaries) if (!rules.some((r) => Math.abs(r - b) < 8)) boundaries.push(b);
  boundaries.sort((a, b) => a - b);
  const texts = Array.from({ length: boundaries.length + 1 }, () => '');
  for (const cell of headerCells) {
    const index = columnIndex(boundaries, (cell.x0 + Math.min(cell.x1, cell.x0 + 20)) / 2);
    texts[index] = texts[index] ? `${texts[index]} ${cell.text}` : cell.text;
  }
  return { boundaries, headerTexts: texts };
}
