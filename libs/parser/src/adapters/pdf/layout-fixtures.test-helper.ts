/** Hand-placed fragments and lines for unit tests of the layout code. */
import type { Fragment, TextLine } from './page-content';
import { groupLines } from './text-lines';

/** A fragment whose width is estimated at half an em per character. */
export function fragment(text: string, x0: number, baseline: number, options: { size?: number; bold?: boolean; width?: number } = {}): Fragment {
  const size = options.size ?? 9;
  return {
    text,
    x0,
    x1: x0 + (options.width ?? text.length * size * 0.5),
    y0: baseline - 0.8 * size,
    y1: baseline + 0.2 * size,
    baseline,
    fontSize: size,
    bold: options.bold ?? false,
  };
}

/** Builds lines from rows of [text, x] pairs, one row per baseline, `leading` apart. */
export function linesOf(rows: readonly (readonly [string, number][])[], options: { top?: number; leading?: number; size?: number; bold?: boolean } = {}): TextLine[] {
  const top = options.top ?? 100;
  const leading = options.leading ?? 11;
  return groupLines(rows.flatMap((row, i) => row.map(([text, x]) => fragment(text, x, top + i * leading, options))));
}

/** Where the five columns of a usual form start, for hand-placed lines. */
export const FORM_X = { number: 40, requirement: 90, status: 250, evidence: 300, commentary: 450 };
