/**
 * Finds a table's header row among the page's lines: one to four tight lines whose words fall into
 * three or more separate cells, most of them naming the columns of a self-assessment form.
 */
import { overlap, union, type Box } from './geometry';
import type { Fragment, TextLine } from './page-content';
import { joinLineText } from './text-lines';

export interface HeaderCell extends Box {
  text: string;
  fragments: Fragment[];
}

export interface TableHeader extends Box {
  lines: TextLine[];
  cells: HeaderCell[];
  fontSize: number;
}

const HEADER_WORDS =
  /\b(code|provision|section|requirements?|comply|complian(?:ce|t)|yes\s*\/\s*no|evidence|commentary|comments?|explanations?|status|actions?|ref(?:erence)?|paragraph|clause|rating|self[- ]assessment|notes?|met)\b/i;

/** A provision number opening a cell: "1.2", "5.13", "provision 8.1", "6.1a". */
export const PROVISION_START = /^(?:provision\s+|section\s+)?\d{1,2}\.\d{1,2}(?:\.\d{1,2})?[a-z]?(?=$|[\s.):])/i;

const MAX_HEADER_LINES = 4;
/** Words of one header cell are rarely further apart than this many font sizes. */
const CELL_GAP = 0.6;

/** Clusters fragments into cells: fragments that overlap horizontally, or sit close on one line. */
export function clusterCells(fragments: readonly Fragment[], gapFactor: number): HeaderCell[] {
  const parent = fragments.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[i] = root;
    return root;
  };
  for (let i = 0; i < fragments.length; i++) {
    for (let j = i + 1; j < fragments.length; j++) {
      const a = fragments[i];
      const b = fragments[j];
      if (!a || !b) continue;
      const sameLine = Math.abs(a.baseline - b.baseline) < 0.5 * a.fontSize;
      const gap = -overlap(a.x0, a.x1, b.x0, b.x1);
      if ((sameLine && gap < gapFactor * a.fontSize) || (!sameLine && gap < -0.5)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Fragment[]>();
  fragments.forEach((f, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(f);
    else groups.set(root, [f]);
  });
  return [...groups.values()].map(toCell).sort((a, b) => a.x0 - b.x0);
}

function toCell(group: Fragment[]): HeaderCell {
  const { x0, x1, y0, y1 } = union(group) ?? { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  return { text: cellText(group), fragments: group, x0, x1, y0, y1 };
}

/** The cell's lines (by rounded baseline) top to bottom, each joined, then joined with spaces. */
function cellText(group: readonly Fragment[]): string {
  const first = Math.round(group[0]?.baseline ?? 0);
  if (group.every((f) => Math.round(f.baseline) === first)) return joinLineText(group).trim();
  const lines = [...new Set(group.map((f) => Math.round(f.baseline)))].sort((a, b) => a - b);
  return lines
    .map((b) => joinLineText(group.filter((f) => Math.round(f.baseline) === b)))
    .join(' ')
    .trim();
}

function startsWithProvision(line: TextLine): boolean {
  return line.fragments.some((f) => PROVISION_START.test(f.text));
}

function allBold(lines: readonly TextLine[]): boolean {
  return lines.every((line) => line.fragments.every((f) => f.bold));
}

/**
 * True when `clusterCells(fragments, CELL_GAP)` would give a single cell, found in one pass: every fragment's
 * baseline within half the smallest font size of every other's (so all sit on one line for clustering), and no
 * gap between the fragments, left to right, as wide as the cell gap at that size. Most body lines are one cell.
 */
function oneCell(fragments: readonly Fragment[]): boolean {
  let minSize = Infinity;
  let low = Infinity;
  let high = -Infinity;
  for (const f of fragments) {
    minSize = Math.min(minSize, f.fontSize);
    low = Math.min(low, f.baseline);
    high = Math.max(high, f.baseline);
  }
  if (high - low >= 0.5 * minSize) return false;
  const sorted = [...fragments].sort((a, b) => a.x0 - b.x0);
  let reach = -Infinity;
  for (const f of sorted) {
    if (reach !== -Infinity && f.x0 - reach >= CELL_GAP * minSize) return false;
    reach = Math.max(reach, f.x1);
  }
  return true;
}

/**
 * Tries to read a header row starting at `lines[start]`. A header cell centred in a taller header row
 * ("Compliant" over "?" beside one-line cells) puts a line of its own above the others: it belongs to the header.
 */
export function detectHeader(lines: readonly TextLine[], start: number): TableHeader | null {
  const header = readHeader(lines, start);
  if (header) return header;
  const line = lines[start];
  const next = lines[start + 1];
  if (!line || !next || !mayOpenHeader(line, next)) return null;
  const below = readHeader(lines, start + 1);
  return below ? withLineAbove(line, below) : null;
}

/** Cheap tests first: a short line, not a provision, tight above the next line in the same size and weight. */
function mayOpenHeader(line: TextLine, next: TextLine): boolean {
  if (startsWithProvision(line) || allBold([line]) !== allBold([next])) return false;
  if (next.y0 - line.y1 > 0.5 * next.fontSize || Math.abs(line.fontSize - next.fontSize) > 0.15 * next.fontSize) return false;
  return line.fragments.every((f) => f.text.trim().split(/\s+/).length <= 3);
}

/** The header with `line` on top, when each of its words sits over one of the header's cells and no two cells join. */
function withLineAbove(line: TextLine, header: TableHeader): TableHeader | null {
  const over = (f: Fragment): number => header.cells.filter((c) => overlap(c.x0 - 2, c.x1 + 2, f.x0, f.x1) > 0).length;
  if (!line.fragments.every((f) => over(f) === 1)) return null;
  const lines = [line, ...header.lines];
  const cells = clusterCells(
    lines.flatMap((l) => l.fragments),
    CELL_GAP,
  );
  if (cells.length !== header.cells.length) return null;
  return { ...header, lines, cells, y0: Math.min(header.y0, line.y0) };
}

function readHeader(lines: readonly TextLine[], start: number): TableHeader | null {
  const first = lines[start];
  if (!first || first.fragments.length < 2 || startsWithProvision(first)) return null;
  const bold = allBold([first]);
  if (!bold && !first.fragments.some((f) => HEADER_WORDS.test(f.text))) return null;
  if (oneCell(first.fragments)) return null;
  const firstCells = clusterCells(first.fragments, CELL_GAP);
  if (firstCells.length < 2) return null;
  const taken: TextLine[] = [first];
  for (let j = start + 1; j < lines.length && taken.length < MAX_HEADER_LINES; j++) {
    const line = lines[j];
    const previous = taken[taken.length - 1];
    if (!line || !previous) break;
    if (line.y0 - previous.y1 > 0.5 * first.fontSize || startsWithProvision(line) || allBold([line]) !== bold) break;
    if (Math.abs(line.fontSize - first.fontSize) > 0.15 * first.fontSize) break;
    // Wrapped header words sit under the first line's cells; a bold header may also have cells
    // centred lower down, which plain body text cannot be mistaken for.
    const underCells = line.fragments.every((f) => firstCells.some((c) => overlap(c.x0 - 2, c.x1 + 2, f.x0, f.x1) > 0));
    if (!underCells && !bold) break;
    // A line across several header cells is a title row of the body (a merged cell), not more header.
    if (line.fragments.some((f) => firstCells.filter((c) => overlap(c.x0, c.x1, f.x0, f.x1) > 0.5 * first.fontSize).length >= 2)) break;
    taken.push(line);
  }
  const cells = clusterCells(
    taken.flatMap((l) => l.fragments),
    CELL_GAP,
  );
  if (cells.length < 3 || cells.some((c) => c.text.length > 80)) return null;
  const named = cells.filter((c) => HEADER_WORDS.test(c.text) && c.text.split(/\s+/).length <= 6).length;
  const next = lines[start + taken.length];
  const numberedBody = next !== undefined && startsWithProvision(next) && bold;
  if (named < 2 && !numberedBody) return null;
  return {
    lines: taken,
    cells,
    fontSize: first.fontSize,
    x0: Math.min(...cells.map((c) => c.x0)),
    x1: Math.max(...cells.map((c) => c.x1)),
    y0: Math.min(...taken.map((l) => l.y0)),
    y1: Math.max(...taken.map((l) => l.y1)),
  };
}

export function headerKey(texts: readonly string[]): string {
  return texts
    .map((t) => t.toLowerCase().replace(/[^a-z0-9]+/g, ''))
    .filter(Boolean)
    .join('|');
}
