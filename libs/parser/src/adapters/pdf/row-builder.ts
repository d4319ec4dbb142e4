/**
 * Cuts a table's body into rows. Drawn row rules are used where they exist. Otherwise each column's
 * text is split into blocks at blank space, and blocks that overlap vertically make one row. Either
 * way, a row holding two provision numbers is cut at the second, and (without rules) a row without
 * any number continues the row above it.
 */
import { columnIndex, splitAcross } from './column-grid';
import type { Box } from './geometry';
import type { Fragment, TextLine } from './page-content';
import { rowIndexOf, topAlignedRowStarts } from './row-starts';
import { PROVISION_START } from './table-header';
import { groupLines } from './text-lines';

export interface RowDraft extends Box {
  /** Fragments per column. */
  cells: Fragment[][];
  /** The row starts with a provision number in the number column. */
  numbered: boolean;
}

export interface RowLayout {
  boundaries: readonly number[];
  /** Boundaries drawn as rules: text never runs across those. */
  ruled?: readonly boolean[];
  numberColumn: number;
  /** y positions of drawn rules that separate rows. */
  rowRules: readonly number[];
}

function columnOf(fragment: Fragment, boundaries: readonly number[]): number {
  return columnIndex(boundaries, fragment.x0 + Math.min(2, (fragment.x1 - fragment.x0) / 2));
}

function isProvision(fragments: readonly Fragment[]): boolean {
  // The first fragment in reading order (top line, then leftmost), found without sorting a copy.
  let first: Fragment | undefined;
  for (const f of fragments) {
    if (!first || f.baseline < first.baseline || (f.baseline === first.baseline && f.x0 < first.x0)) first = f;
  }
  return first !== undefined && PROVISION_START.test(first.text);
}

interface Band extends Box {
  fragments: Fragment[];
  ruled: boolean;
}

function bandOf(fragments: Fragment[], ruled: boolean): Band {
  const band: Band = { fragments, ruled, x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  for (const f of fragments) {
    band.x0 = Math.min(band.x0, f.x0);
    band.x1 = Math.max(band.x1, f.x1);
    band.y0 = Math.min(band.y0, f.y0);
    band.y1 = Math.max(band.y1, f.y1);
  }
  return band;
}

/** Adds to a list kept in a map, in place (copying the list on every addition would be quadratic). */
function addTo<K>(map: Map<K, Fragment[]>, key: K, fragment: Fragment): void {
  const list = map.get(key);
  if (list) list.push(fragment);
  else map.set(key, [fragment]);
}

function bandsFromRules(fragments: readonly Fragment[], rules: readonly number[]): Band[] {
  const groups = new Map<number, Fragment[]>();
  for (const f of fragments) {
    const middle = (f.y0 + f.y1) / 2;
    let index = 0;
    while (index < rules.length && middle > (rules[index] ?? Infinity)) index++;
    addTo(groups, index, f);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => bandOf(group, true));
}

/** Blocks of text per column, separated by more than a normal line gap; overlapping blocks form a band. */
function bandsFromWhitespace(fragments: readonly Fragment[], boundaries: readonly number[]): Band[] {
  const byColumn = new Map<number, Fragment[]>();
  for (const f of fragments) {
    addTo(byColumn, columnOf(f, boundaries), f);
  }
  const blocks: { y0: number; y1: number; fragments: Fragment[] }[] = [];
  for (const columnFragments of byColumn.values()) {
    let block: { y0: number; y1: number; fragments: Fragment[] } | null = null;
    for (const line of groupLines(columnFragments)) {
      if (block && line.y0 - block.y1 <= 0.45 * line.fontSize) {
        block.fragments.push(...line.fragments);
        block.y1 = Math.max(block.y1, line.y1);
      } else {
        block = { y0: line.y0, y1: line.y1, fragments: [...line.fragments] };
        blocks.push(block);
      }
    }
  }
  blocks.sort((a, b) => a.y0 - b.y0);
  const bands: Band[] = [];
  let current: { y1: number; fragments: Fragment[] } | null = null;
  for (const block of blocks) {
    if (current && block.y0 < current.y1 - 0.5) {
      current.fragments.push(...block.fragments);
      current.y1 = Math.max(current.y1, block.y1);
    } else {
      if (current) bands.push(bandOf(current.fragments, false));
      current = { y1: block.y1, fragments: [...block.fragments] };
    }
  }
  if (current) bands.push(bandOf(current.fragments, false));
  return bands;
}

/** Cuts a band at every provision number after the first, assuming cells are top-aligned. */
function splitAtNumbers(band: Band, layout: RowLayout): Band[] {
  if (layout.numberColumn < 0) return [band];
  const numberLines = groupLines(band.fragments.filter((f) => columnOf(f, layout.boundaries) === layout.numberColumn));
  const starts = numberLines.filter((line) => isProvision(line.fragments)).map((line) => line.y0);
  if (starts.length < 2) return [band];
  const cuts = starts.slice(1);
  const pieces: Fragment[][] = starts.map(() => []);
  for (const f of band.fragments) {
    const middle = (f.y0 + f.y1) / 2;
    let index = 0;
    while (index < cuts.length && middle >= (cuts[index] ?? Infinity)) index++;
    pieces[index]?.push(f);
  }
  return pieces.filter((p) => p.length > 0).map((p) => bandOf(p, band.ruled));
}

function toDraft(band: Band, layout: RowLayout): RowDraft {
  const cells: Fragment[][] = Array.from({ length: layout.boundaries.length + 1 }, () => []);
  for (const f of band.fragments) cells[columnOf(f, layout.boundaries)]?.push(f);
  const numbered = layout.numberColumn >= 0 && isProvision(cells[layout.numberColumn] ?? []);
  return { cells, numbered, x0: band.x0, y0: band.y0, x1: band.x1, y1: band.y1 };
}

function absorb(target: RowDraft, extra: RowDraft): void {
  target.cells.forEach((cell, i) => cell.push(...(extra.cells[i] ?? [])));
  target.x0 = Math.min(target.x0, extra.x0);
  target.y0 = Math.min(target.y0, extra.y0);
  target.x1 = Math.max(target.x1, extra.x1);
  target.y1 = Math.max(target.y1, extra.y1);
}

/** Rows cut at the lines where rows start, when the table's cells are top-aligned; null otherwise. */
function topAlignedRows(fragments: readonly Fragment[], layout: RowLayout): RowDraft[] | null {
  const columns: Fragment[][] = Array.from({ length: layout.boundaries.length + 1 }, () => []);
  for (const f of fragments) columns[columnOf(f, layout.boundaries)]?.push(f);
  const starts = topAlignedRowStarts(columns, layout.numberColumn, isProvision);
  if (!starts) return null;
  // Text above the first row start continues a row from the previous page.
  const pieces: Fragment[][] = Array.from({ length: starts.length + 1 }, () => []);
  for (const f of fragments) pieces[rowIndexOf(f, starts) + 1]?.push(f);
  return pieces.filter((piece) => piece.length > 0).map((piece) => toDraft(bandOf(piece, false), layout));
}

export function buildRows(lines: readonly TextLine[], layout: RowLayout): RowDraft[] {
  const fragments: Fragment[] = [];
  for (const line of lines) for (const f of line.fragments) fragments.push(...splitAcross(f, layout.boundaries, layout.ruled));
  if (fragments.length === 0) return [];
  const ruled = layout.rowRules.length > 0;
  if (!ruled && layout.numberColumn >= 0) {
    const aligned = topAlignedRows(fragments, layout);
    if (aligned) return aligned;
  }
  const bands = (ruled ? bandsFromRules(fragments, layout.rowRules) : bandsFromWhitespace(fragments, layout.boundaries)).flatMap((band) =>
    splitAtNumbers(band, layout),
  );
  const drafts = bands.map((band) => toDraft(band, layout));
  if (ruled || layout.numberColumn < 0) return drafts;
  // Without rules, a block of text with no number belongs to a numbered row: the one above, unless the
  // row below is clearly closer (cells centred vertically put text above the row's number).
  const rows: RowDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i];
    if (!draft) continue;
    const previous = rows[rows.length - 1];
    if (draft.numbered || !previous) {
      rows.push(draft);
      continue;
    }
    // Consecutive unnumbered blocks travel together.
    while (drafts[i + 1] && !drafts[i + 1]?.numbered) {
      const following = drafts[++i];
      if (following) absorb(draft, following);
    }
    const next = drafts[i + 1];
    const gapAbove = draft.y0 - previous.y1;
    const gapBelow = next ? next.y0 - draft.y1 : Infinity;
    if (next && gapBelow < gapAbove - 0.5) absorb(next, draft);
    else absorb(previous, draft);
  }
  return rows;
}

/** Paragraphs of one cell sit closer than this many font sizes; rows of a borderless table sit further apart. */
const PARAGRAPH_GAP = 1.0;

/**
 * A borderless table that starts on this page (it does not continue one from the page before) can open with
 * text above its first provision number: the top of a cell centred in a tall first row. It is the start of that
 * row when, in every column it has text in, the row's own text follows a paragraph gap below it, and it has no
 * text in the number column (where a title row would start).
 */
export function joinLeadingText(rows: readonly RowDraft[], numberColumn: number, fontSize: number): RowDraft[] {
  const [lead, first] = rows;
  if (!lead || !first || lead.numbered || !first.numbered || numberColumn < 0) return [...rows];
  if ((lead.cells[numberColumn]?.length ?? 0) > 0) return [...rows];
  const follows = lead.cells.every((cell, c) => {
    if (cell.length === 0) return true;
    const below = first.cells[c] ?? [];
    if (below.length === 0) return false;
    const gap = Math.min(...below.map((f) => f.y0)) - Math.max(...cell.map((f) => f.y1));
    return gap >= -0.5 && gap <= PARAGRAPH_GAP * fontSize;
  });
  if (!follows) return [...rows];
  const joined: RowDraft = { ...first, cells: first.cells.map((cell) => [...cell]) };
  absorb(joined, lead);
  return [joined, ...rows.slice(2)];
}
