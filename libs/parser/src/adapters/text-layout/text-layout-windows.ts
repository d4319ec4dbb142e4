import { readHeaderRow } from '../../vocabulary/header-row';
import { headerByColumn } from './text-column-cells';
import { columnLayout, shiftedLayout, type ColumnLayout, type Segment } from './text-columns';
import { isProse, type HeaderAt, type TextLine } from './text-layout-lines';

/** Fewer body lines than this under a header or on a page: the layout is not recomputed from them. */
const MIN_WINDOW_LINES = 6;
const FIT_MARGIN = 0.1;

/**
 * The column layout in force from each line where one starts: at every header, and at every new page of a
 * table (`pdftotext -layout` places each page's columns anew, so they drift). A header's layout comes from the
 * lines under it, or under all its repeats when it heads only a few; a page without a header keeps the previous
 * page's columns, shifted to where this page's text starts. A layout read from a window's own lines is used
 * only when it fits them clearly better than the one inherited.
 */
export function windowLayouts(
  headers: readonly HeaderAt[],
  lines: readonly TextLine[],
  furniture: ReadonlySet<number>,
): Map<number, ColumnLayout> {
  const firstHeader = headers[0]?.index ?? lines.length;
  const headerAt = new Map(headers.map((h) => [h.index, h]));
  const starts: { index: number; header: HeaderAt | null }[] = [];
  for (let i = firstHeader; i < lines.length; i++) {
    const header = headerAt.get(i);
    if (header) starts.push({ index: i, header });
    else if (i > 0 && lines[i]?.page !== lines[i - 1]?.page && !headerAt.has(i))
      starts.push({ index: i, header: null });
  }
  const pooled = pooledLayouts(headers, lines, furniture);
  const out = new Map<number, ColumnLayout>();
  let previous: ColumnLayout | null = null;
  starts.forEach((w, n) => {
    const end = starts[n + 1]?.index ?? lines.length;
    const from = w.header ? w.index + w.header.span : w.index;
    const firstDivider = w.header
      ? (w.header.cells[1]?.start ?? Infinity)
      : (previous?.dividers[0] ?? Infinity);
    const body = bodyLines(lines, from, end, furniture, firstDivider);
    let layout: ColumnLayout | null = previous;
    if (w.header) {
      const shared = pooled.get(w.header.key) ?? null;
      const own = body.length >= MIN_WINDOW_LINES ? columnLayout(w.header.cells, body) : null;
      const chosen = better(own, shared, body);
      layout = chosen ? withAnswerColumn(chosen, w.header) : null;
    } else if (previous && body.length >= MIN_WINDOW_LINES) {
      layout = better(shiftedLayout(previous, body), previous, body);
    }
    if (layout) out.set(w.index, layout);
    previous = layout;
  });
  return out;
}

/** A layout read from these lines alone replaces the one they inherit only when it fits them clearly better. */
function better(
  own: ColumnLayout | null,
  inherited: ColumnLayout | null,
  body: readonly Segment[][],
): ColumnLayout | null {
  if (!own || !inherited) return own ?? inherited;
  return fit(own, body) > fit(inherited, body) + FIT_MARGIN ? own : inherited;
}

/** Share of the lines' runs of text that start where a column's text usually starts. */
function fit(layout: ColumnLayout, body: readonly Segment[][]): number {
  let aligned = 0;
  let total = 0;
  for (const line of body) {
    for (const seg of line) {
      total++;
      const first = layout.dividers[0] ?? Infinity;
      if (seg.start < first || layout.starts.some((x) => Math.abs(x - seg.start) <= 1)) aligned++;
    }
  }
  return total ? aligned / total : 0;
}

/** Each distinct header's layout from the lines under all its occurrences together. */
function pooledLayouts(
  headers: readonly HeaderAt[],
  lines: readonly TextLine[],
  furniture: ReadonlySet<number>,
): Map<string, ColumnLayout> {
  const body = new Map<string, Segment[][]>();
  headers.forEach((h, n) => {
    const end = headers[n + 1]?.index ?? lines.length;
    body.set(h.key, [
      ...(body.get(h.key) ?? []),
      ...bodyLines(lines, h.index + h.span, end, furniture, h.cells[1]?.start ?? Infinity),
    ]);
  });
  const cells = new Map(headers.map((h) => [h.key, h.cells]));
  return new Map([...body].map(([key, segs]) => [key, columnLayout(cells.get(key) ?? [], segs)]));
}

function bodyLines(
  lines: readonly TextLine[],
  from: number,
  to: number,
  furniture: ReadonlySet<number>,
  firstDivider: number,
): Segment[][] {
  const out: Segment[][] = [];
  for (let i = from; i < to; i++) {
    const segs = lines[i]?.segments ?? [];
    if (segs.length > 0 && !furniture.has(i) && !isProse(segs, firstDivider)) out.push(segs);
  }
  return out;
}

/** Marks the column the header names as the answer column. */
function withAnswerColumn(layout: ColumnLayout, header: HeaderAt): ColumnLayout {
  const names = headerByColumn(header.lines, layout).map((text) => ({ text }));
  const answer = readHeaderRow(names)?.roles.indexOf('status') ?? -1;
  return answer >= 0 ? { ...layout, answerColumn: answer } : layout;
}
