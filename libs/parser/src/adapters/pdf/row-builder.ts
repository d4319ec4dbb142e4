/**
 * Cuts a table's body into rows. Drawn row rules are used where they exist. Otherwise each column's
 * text is split into blocks at blank space, and blocks that overlap vertically make one row. Either
 * way, a row holding two provision numbers is cut at the second, and (without rules) a row without
 * any number continues the row above it.
 */
import { splitCentredBand } from './centred-split';
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
    if (!first || f.baseline < first.baseline || (f.baseline === first.baseline && f.x0 < first.x0))
      first = f;
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

/**
 * Cuts a band at every provision number after the first: at the number's line under drawn rules (the cells are then
 * top-aligned), else sharing each column's text among the numbers as its cells line up with them (`centred-split.ts`).
 */
function splitAtNumbers(band: Band, layout: RowLayout): Band[] {
  if (layout.numberColumn < 0) return [band];
  const numberLines = groupLines(
    band.fragments.filter((f) => columnOf(f, layout.boundaries) === layout.numberColumn),
  );
  const provisionLines = numberLines.filter((line) => isProvision(line.fragments));
  const starts = provisionLines.map((line) => line.y0);
  if (starts.length < 2) return [band];
  if (!band.ruled) {
    const columns: Fragment[][] = Array.from({ length: layout.boundaries.length + 1 }, () => []);
    for (const f of band.fragments) columns[columnOf(f, layout.boundaries)]?.push(f);
    return splitCentredBand(columns, layout.numberColumn, provisionLines)
      .filter((p) => p.length > 0)
      .map((p) => bandOf(p, false));
  }
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

/** Rows with text above their number that a page needs before its table is read as centred. */
const CENTRED_VOTES = 1;

/**
 * Whether the rows that stand apart (a band of text with one provision number) mostly have text above their number:
 * cells centred in their rows. A centred cell of three lines also has a line on its number's line, so the test
 * for top-aligned rows alone would take such a table for top-aligned and cut each cell's first line off.
 */
function mostlyCentred(bands: readonly Band[], layout: RowLayout): boolean {
  let centred = 0;
  let top = 0;
  // The first band may begin with the end of a row from the page before, and the last may be a row the page end
  // cuts short (its number centred on the whole row): neither votes.
  for (const band of bands.slice(1, -1)) {
    const numbers = groupLines(
      band.fragments.filter((f) => columnOf(f, layout.boundaries) === layout.numberColumn),
    ).filter((line) => isProvision(line.fragments));
    const [only] = numbers;
    // A row of one line says nothing about how its cells are aligned.
    if (!only || numbers.length !== 1 || band.y1 - band.y0 < 1.5 * (only.y1 - only.y0)) continue;
    // Centred cells put text above the number in every column taller than a line; a single column reaching above
    // it is more likely the end of the row before, set without space between the rows.
    const above = new Set<number>();
    for (const f of band.fragments)
      if (only.y0 - f.y0 > 0.5 * only.fontSize) above.add(columnOf(f, layout.boundaries));
    above.delete(layout.numberColumn);
    if (above.size >= 2) centred++;
    else if (above.size === 0) top++;
  }
  return centred >= CENTRED_VOTES && centred > top;
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
  for (const line of lines)
    for (const f of line.fragments) fragments.push(...splitAcross(f, layout.boundaries, layout.ruled));
  if (fragments.length === 0) return [];
  const ruled = layout.rowRules.length > 0;
  const whole = ruled
    ? bandsFromRules(fragments, layout.rowRules)
    : bandsFromWhitespace(fragments, layout.boundaries);
  if (!ruled && layout.numberColumn >= 0 && !mostlyCentred(whole, layout)) {
    const aligned = topAlignedRows(fragments, layout);
    if (aligned) return aligned;
  }
  const bands = whole.flatMap((band) => splitAtNumbers(band, layout));
  const drafts = bands.map((band) => toDraft(band, layout));
  if (ruled || layout.numberColumn < 0) return drafts;
  // Without rules, a block of text with no number belongs to a numbered row. A run of such blocks between two rows
  // is parted at its widest gap (the space between two rows is wider than between two paragraphs of a cell): what
  // stands above it joins the row above, the rest the row below (cells centred vertically put text above the number).
  const rows: RowDraft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i];
    if (!draft) continue;
    const previous = rows[rows.length - 1];
    if (draft.numbered || !previous) {
      rows.push(draft);
      continue;
    }
    const run: RowDraft[] = [draft];
    while (drafts[i + 1] && !drafts[i + 1]?.numbered) {
      const following = drafts[++i];
      if (following) run.push(following);
    }
    const next = drafts[i + 1];
    const part = next ? widestGap(previous, run, next) : run.length;
    for (const block of run.slice(0, part)) absorb(previous, block);
    for (const block of run.slice(part)) if (next) absorb(next, block);
  }
  return rows;
}

/**
 * Where a run of unnumbered blocks between `above` and `below` parts: the index of the first block that goes below
 * (0: all of it; the run's length: none). The widest gap wins; the lowest on a tie (within half a point), so text
 * keeps to the row above unless the space says otherwise.
 */
function widestGap(above: RowDraft, run: readonly RowDraft[], below: RowDraft): number {
  const gaps = [...run, below].map((block, k) => block.y0 - (k === 0 ? above : (run[k - 1] ?? above)).y1);
  const widest = Math.max(...gaps);
  return gaps.findLastIndex((gap) => gap >= widest - 0.5);
}

/** Paragraphs of one cell sit closer than this many font sizes; rows of a borderless table sit further apart. */
const PARAGRAPH_GAP = 1.0;

/**
 * A borderless table that starts on this page (it does not continue one from the page before) can open with
 * text above its first provision number: the top of a cell centred in a tall first row. It is the start of that
 * row when, in every column it has text in, the row's own text follows a paragraph gap below it, and it has no
 * text in the number column (where a title row would start).
 */
export function joinLeadingText(
  rows: readonly RowDraft[],
  numberColumn: number,
  fontSize: number,
): RowDraft[] {
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
