/**
 * Column boundaries of a table: drawn vertical rules where there are any, otherwise the header's cells
 * matched to the white gutters that run down the body text.
 */
import type { Fragment, TextLine } from './page-content';
import type { HeaderCell } from './table-header';
import { groupLines, joinLineText } from './text-lines';

export interface ColumnModel {
  /** x positions between columns, left to right; n boundaries make n + 1 columns. */
  boundaries: number[];
  /** Header text per column ('' for a blank header cell); null when the table has no header. */
  headerTexts: string[] | null;
  /** Per boundary: drawn as a rule. */
  ruled?: boolean[];
}

/**
 * Cuts a fragment that runs across a column boundary at the space nearest to it: pdfjs joins text of
 * neighbouring cells into one item when they nearly touch. Text may overhang an undrawn boundary a
 * little, so only a clear crossing counts there; a drawn rule is never crossed.
 */
export function splitAcross(fragment: Fragment, boundaries: readonly number[], ruled: readonly boolean[] = []): Fragment[] {
  let crossing: number | undefined;
  for (let k = 0; k < boundaries.length; k++) {
    const b = boundaries[k] ?? 0;
    const margin = ruled[k] ? 1 : fragment.fontSize;
    if (fragment.x0 < b - margin && fragment.x1 > b + margin) {
      crossing = b;
      break;
    }
  }
  if (crossing === undefined || !fragment.text.includes(' ')) return [fragment];
  const perChar = (fragment.x1 - fragment.x0) / fragment.text.length;
  const ideal = (crossing - fragment.x0) / perChar;
  let best = -1;
  for (let i = 0; i < fragment.text.length; i++) {
    if (fragment.text[i] === ' ' && (best === -1 || Math.abs(i - ideal) < Math.abs(best - ideal))) best = i;
  }
  if (best <= 0) return [fragment];
  const left = { ...fragment, text: fragment.text.slice(0, best).trimEnd(), x1: fragment.x0 + best * perChar };
  const right = { ...fragment, text: fragment.text.slice(best + 1).trimStart(), x0: fragment.x0 + (best + 1) * perChar };
  return [left, ...splitAcross(right, boundaries, ruled)];
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

/**
 * Vertical strips that (almost) no line's text touches, between the leftmost and rightmost text. In a
 * longer table one line may cross a gutter: a row title spanning the columns, say.
 */
export function findGutters(fragments: readonly Fragment[], minWidth: number): Gutter[] {
  if (fragments.length === 0) return [];
  const lines = new Map<number, Fragment[]>();
  for (const f of fragments) {
    const key = Math.round(f.baseline);
    const line = lines.get(key);
    if (line) line.push(f);
    else lines.set(key, [f]);
  }
  const tolerated = lines.size >= 10 ? 1 : 0;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const f of fragments) {
    minX = Math.min(minX, f.x0);
    maxX = Math.max(maxX, f.x1);
  }
  const left = Math.floor(minX);
  const right = Math.ceil(maxX);
  const step = 0.5;
  const cellsCount = Math.ceil((right - left) / step) + 2;
  // Per line, the union of its fragments' spans is counted once: a difference array, then a prefix sum.
  const delta = new Int32Array(cellsCount + 1);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const line of lines.values()) {
    // Lines keep their fragments left to right, so the spans rarely need sorting.
    const ordered = isSortedByX0(line) ? line : [...line].sort((a, b) => a.x0 - b.x0);
    starts.length = 0;
    ends.length = 0;
    for (const f of ordered) {
      starts.push(Math.floor((f.x0 - left) / step));
      ends.push(Math.ceil((f.x1 - left) / step));
    }
    let from = starts[0] ?? 0;
    let to = ends[0] ?? -1;
    for (let k = 1; k < starts.length; k++) {
      const a = starts[k] ?? 0;
      const b = ends[k] ?? 0;
      if (a <= to + 1) to = Math.max(to, b);
      else {
        delta[from] = (delta[from] ?? 0) + 1;
        delta[to + 1] = (delta[to + 1] ?? 0) - 1;
        from = a;
        to = b;
      }
    }
    delta[from] = (delta[from] ?? 0) + 1;
    delta[to + 1] = (delta[to + 1] ?? 0) - 1;
  }
  const coverage = new Int32Array(cellsCount);
  let running = 0;
  for (let i = 0; i < cellsCount; i++) {
    running += delta[i] ?? 0;
    coverage[i] = running;
  }
  const gutters: Gutter[] = [];
  let start = -1;
  for (let i = 0; i < cellsCount; i++) {
    if ((coverage[i] ?? 0) <= tolerated) {
      if (start === -1) start = i;
    } else {
      if (start !== -1 && (i - start) * step >= minWidth) gutters.push({ x0: left + start * step, x1: left + i * step });
      start = -1;
    }
  }
  return gutters;
}

function isSortedByX0(fragments: readonly Fragment[]): boolean {
  for (let i = 1; i < fragments.length; i++) if (!((fragments[i - 1]?.x0 ?? 0) <= (fragments[i]?.x0 ?? 0))) return false;
  return true;
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

/** Lines that must start at one x for it to count as a column's left edge. */
const COMMON_START_LINES = 2;

/**
 * The x in (from, to] at which the most lines start a fragment (at least two) with almost no text running across
 * it, or null. Words of one cell that happen to line up ("Feedback," on several lines of a repeated sentence) have
 * their own lines' text running across them; a column's edge has not, even when its neighbour's text comes close.
 */
function commonStart(lines: readonly TextLine[], from: number, to: number): number | null {
  const starts: number[] = [];
  for (const line of lines) for (const f of line.fragments) if (f.x0 > from && f.x0 <= to) starts.push(f.x0);
  starts.sort((a, b) => a - b);
  // Starts within 1.5pt of each other are one edge: a window slides over the sorted starts.
  const edges: { x: number; count: number }[] = [];
  let low = 0;
  for (let high = 0; high < starts.length; high++) {
    const x = starts[high] ?? 0;
    while ((starts[low] ?? x) < x - 1.5) low++;
    const count = high - low + 1;
    if (count >= COMMON_START_LINES) edges.push({ x: starts[low] ?? x, count });
  }
  edges.sort((a, b) => b.count - a.count || b.x - a.x);
  const tolerated = 1 + Math.floor(0.05 * lines.length);
  return edges.find((edge) => crossings(lines, edge.x) <= tolerated)?.x ?? null;
}

/** Lines with a fragment running across `x`. */
function crossings(lines: readonly TextLine[], x: number): number {
  let count = 0;
  for (const line of lines) if (line.fragments.some((f) => f.x0 < x - 1.5 && f.x1 > x + 1.5)) count++;
  return count;
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
    const between = (g: Gutter): boolean => g.x1 <= cell.x0 + 1.5 && g.x1 > previous.x1;
    const best = gutters.filter(between).sort((a, b) => b.x1 - a.x1)[0];
    // Tightly set columns leave less than a word space between them, and some of their lines touch or run together.
    // The column then shows where its lines start: the x between the two header texts where most lines begin (the
    // header cell's own left edge is no guide when it is centred).
    const start = best ? null : commonStart(lines, previous.x1, cell.x0 + 1.5);
    const boundary = best ? Math.max(best.x0, best.x1 - 1.5) : start !== null ? start - 1.5 : cell.x0 - 1.5;
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

/** Drawn column rules win; header-derived boundaries fill in where rules are missing. */
export function mergeWithRules(model: ColumnModel, rules: readonly number[], headerCells: readonly HeaderCell[] | null): ColumnModel {
  if (rules.length === 0) return model;
  const ruledAt = (boundaries: number[]): boolean[] => boundaries.map((b) => rules.includes(b));
  if (!headerCells) return { boundaries: [...rules], headerTexts: null, ruled: rules.map(() => true) };
  if (rules.length >= headerCells.length - 1) model = { boundaries: [], headerTexts: null };
  const boundaries = [...rules];
  for (const b of model.boundaries) if (!rules.some((r) => Math.abs(r - b) < 8)) boundaries.push(b);
  boundaries.sort((a, b) => a - b);
  const headerFragments = headerCells.flatMap((cell) => cell.fragments);
  const ruled = ruledAt(boundaries);
  const columns: Fragment[][] = Array.from({ length: boundaries.length + 1 }, () => []);
  for (const f of headerFragments.flatMap((f) => splitAcross(f, boundaries, ruled))) columns[columnIndex(boundaries, f.x0 + 1)]?.push(f);
  const texts = columns.map((fragments) => groupLines(fragments).map((line) => joinLineText(line.fragments)).join(' '));
  return { boundaries, headerTexts: texts, ruled };
}
