/**
 * Merged cells in ruled tables: where the rule between two rows stops short of a column, or the rule
 * between two columns stops short of a row, the cells on either side are one merged cell. The cell a
 * merge continues into is marked `spanned` and repeats the merged text, as the other adapters do.
 */
import type { DocCell } from '../../model/extracted-document';
import type { Box } from './geometry';
import type { Ruling } from './page-content';
import type { RowDraft } from './row-builder';

export type Span = 'row' | 'column' | undefined;

const NEAR = 2;

interface SpanFrame {
  horizontal: readonly Ruling[];
  vertical: readonly Ruling[];
}

function covered(rulings: readonly Ruling[], at: number, from: number, to: number): boolean {
  return rulings.some((r) => Math.abs(r.at - at) <= NEAR && r.from <= from + NEAR && r.to >= to - NEAR);
}

/** Marks, per row and column, cells that continue a merged cell from above or from the left. */
export function findSpans(rows: readonly RowDraft[], boundaries: readonly number[], box: Box, frame: SpanFrame, rowRules: readonly number[]): Span[][] {
  const edges = [box.x0, ...boundaries, box.x1];
  // Only boundaries that are drawn somewhere can be missing somewhere.
  const drawn = boundaries.map((b) => frame.vertical.some((v) => Math.abs(v.at - b) <= NEAR));
  return rows.map((row, i) => {
    const spans: Span[] = row.cells.map(() => undefined);
    const above = rows[i - 1];
    const rule = above ? rowRules.find((y) => y >= above.y1 - NEAR && y <= row.y0 + NEAR) : undefined;
    if (rule !== undefined) {
      for (let c = 0; c < spans.length; c++) {
        const left = (edges[c] ?? box.x0) + NEAR;
        const right = (edges[c + 1] ?? box.x1) - NEAR;
        if (right - left > 4 && !covered(frame.horizontal, rule, left, right)) spans[c] = 'row';
      }
    }
    boundaries.forEach((b, k) => {
      if (drawn[k] && spans[k + 1] === undefined && !covered(frame.vertical, b, row.y0, row.y1)) spans[k + 1] = 'column';
    });
    return spans;
  });
}

/** Runs of columns a row's merged cells cover, as [first, last] pairs (single columns included). */
export function columnGroups(spans: readonly Span[], columns: number): [number, number][] {
  const groups: [number, number][] = [];
  for (let c = 0; c < columns; ) {
    let end = c;
    while (end + 1 < columns && spans[end + 1] === 'column') end++;
    groups.push([c, end]);
    c = end + 1;
  }
  return groups;
}

/** Repeats the text of cells merged down a column into the cells below them. */
export function applyRowSpans(rows: DocCell[][], spans: readonly Span[][]): void {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < columns; c++) {
    for (let i = 0; i < rows.length; ) {
      let end = i + 1;
      while (end < rows.length && spans[end]?.[c] === 'row') end++;
      const group = rows.slice(i, end).flatMap((r) => (r[c] ? [r[c]] : []));
      if (group.length > 1) {
        const text = group
          .map((cell) => cell.text)
          .filter((t) => t !== '')
          .join('\n');
        group.forEach((cell, k) => {
          cell.text = text;
          if (k > 0) cell.spanned = 'row';
        });
      }
      i = end;
    }
  }
}
