/**
 * Splits a band of a borderless table that holds several provision numbers, when its cells are not top-aligned.
 * A cell centred in its row sits around its number's line, half above it and half below; so the text between two
 * numbers is not all the upper row's. Each column's blocks of text (separated by blank space) are shared out among
 * the band's rows in order, so that every row's cell lines up with its number, centred or at the top, as well as
 * it can: the share with the least misalignment over all the rows wins.
 */
import type { Fragment, TextLine } from './page-content';
import { groupLines } from './text-lines';

interface Anchor {
  top: number;
  middle: number;
}

interface Block {
  top: number;
  bottom: number;
  fragments: Fragment[];
}

/** Blocks of a column's lines, cut where the space between two lines is wider than a normal line gap. */
function blocksOf(lines: readonly TextLine[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const last = blocks[blocks.length - 1];
    if (last && line.y0 - last.bottom <= 0.45 * line.fontSize) {
      last.fragments.push(...line.fragments);
      last.bottom = Math.max(last.bottom, line.y1);
    } else {
      blocks.push({ top: line.y0, bottom: line.y1, fragments: [...line.fragments] });
    }
  }
  return blocks;
}

/** How far a cell spanning top..bottom is from lining up with its number: at the top, or centred on it. */
function misalignment(top: number, bottom: number, anchor: Anchor): number {
  return Math.min(Math.abs(top - anchor.top), Math.abs((top + bottom) / 2 - anchor.middle));
}

/**
 * The index of the row each block goes to: contiguous runs in order, some rows possibly empty, with the least total
 * misalignment (dynamic programming over rows and blocks).
 */
function shareOut(blocks: readonly Block[], anchors: readonly Anchor[]): number[] {
  const k = anchors.length;
  const m = blocks.length;
  // cost[r][j]: least misalignment of the first j blocks shared among rows 0..r-1; from[r][j]: where row r-1's run began.
  const cost: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(m + 1).fill(0));
  cost[0]![0] = 0;
  for (let r = 0; r < k; r++) {
    const anchor = anchors[r]!;
    for (let j = 0; j <= m; j++) {
      const base = cost[r]![j]!;
      if (base === Infinity) continue;
      // Row r takes blocks j..end-1 (none when end === j).
      for (let end = j; end <= m; end++) {
        const run = end === j ? 0 : misalignment(blocks[j]!.top, blocks[end - 1]!.bottom, anchor);
        if (base + run < cost[r + 1]![end]!) {
          cost[r + 1]![end] = base + run;
          from[r + 1]![end] = j;
        }
      }
    }
  }
  const rowOf = new Array<number>(m).fill(k - 1);
  let end = m;
  for (let r = k; r > 0; r--) {
    const start = from[r]![end]!;
    for (let b = start; b < end; b++) rowOf[b] = r - 1;
    end = start;
  }
  return rowOf;
}

/**
 * Shares a band's fragments among the rows opened by `numberLines` (two or more, top to bottom): the number column
 * is cut at each number, every other column by `shareOut`.
 */
export function splitCentredBand(
  columns: readonly Fragment[][],
  numberColumn: number,
  numberLines: readonly TextLine[],
): Fragment[][] {
  const anchors: Anchor[] = numberLines.map((line) => ({ top: line.y0, middle: (line.y0 + line.y1) / 2 }));
  const pieces: Fragment[][] = anchors.map(() => []);
  columns.forEach((fragments, c) => {
    if (c === numberColumn) {
      for (const f of fragments) {
        const middle = (f.y0 + f.y1) / 2;
        let index = 0;
        while (index + 1 < anchors.length && middle >= (numberLines[index + 1]?.y0 ?? Infinity)) index++;
        pieces[index]?.push(f);
      }
      return;
    }
    const blocks = blocksOf(groupLines(fragments));
    const rowOf = shareOut(blocks, anchors);
    blocks.forEach((block, b) => pieces[rowOf[b] ?? 0]?.push(...block.fragments));
  });
  return pieces;
}
