import { isAnswer } from '../../vocabulary/answers';
import { columnAt, type ColumnLayout, type Segment } from './text-columns';

/**
 * The header's words by column, line by line: a piece belongs to the column its first character falls in. A
 * run that crosses into a column left without a heading ("Code Code requirement" with a single space) is cut
 * at the space nearest the divider; a wide heading crossing into a named column stays whole.
 */
export function headerByColumn(lines: readonly Segment[][], layout: ColumnLayout): string[] {
  const { dividers } = layout;
  const named = new Set(lines.flat().map((seg) => columnAt(seg.start, dividers)));
  const out = new Array<string>(dividers.length + 1).fill('');
  const put = (col: number, text: string): void => {
    if (text) out[col] = out[col] ? `${out[col]} ${text}` : text;
  };
  for (const seg of lines.flat()) {
    const col = columnAt(seg.start, dividers);
    const divider = dividers[col];
    const cut =
      divider !== undefined && !named.has(col + 1) && seg.end > divider
        ? nearestSpace(seg.text, divider - seg.start, 3)
        : -1;
    if (cut <= 0) {
      put(col, seg.text.trim());
      continue;
    }
    put(col, seg.text.slice(0, cut).trim());
    put(col + 1, seg.text.slice(cut + 1).trim());
  }
  return out;
}

/**
 * A line's text by column. A segment belongs to the column its first character falls in, or to the next one
 * when it starts within a few characters of that column's usual start (proportional fonts make columns drift).
 * One that runs across a divider (text separated from the next column's by a single space) is cut before the
 * next column's usual start or at the space nearest the divider. On a provision's first line with nothing in
 * the answer column, a short answer ("Y", "N/A") that a single space joins to the end of the text before it is
 * cut off into the answer column.
 */
export function cellsByColumn(
  segments: readonly Segment[],
  layout: ColumnLayout,
  numbered = false,
): string[] {
  const { dividers, starts } = layout;
  const cells = new Array<string>(dividers.length + 1).fill('');
  const columnOf = (x: number, text: string): number => {
    const col = columnAt(x, dividers);
    const next = starts[col];
    return next !== undefined && x >= next - DRIFT && !/^[a-z]/.test(text) ? col + 1 : col;
  };
  const answerAt = layout.answerColumn;
  const answerEmpty =
    numbered && answerAt !== undefined && !segments.some((s) => columnOf(s.start, s.text) === answerAt);
  const put = (col: number, text: string): void => {
    cells[col] = cells[col] ? `${cells[col]} ${text}` : text;
  };
  for (const seg of segments) {
    let { start, text } = seg;
    let col = columnOf(start, text);
    if (
      answerEmpty &&
      col + 1 === answerAt &&
      text.length <= MAX_JOINED_ANSWER &&
      isAnswer(text) &&
      start >= answerZone(layout, col)
    )
      col++;
    while (col < dividers.length) {
      const cut = cutPoint(text, start, col, layout, col + 1 === answerAt, answerEmpty);
      if (cut < 0) break;
      put(col, text.slice(0, cut).trimEnd());
      start += cut + 1;
      text = text.slice(cut + 1);
      col = Math.max(col + 1, columnOf(start, text));
    }
    put(Math.min(col, dividers.length), text);
  }
  return cells;
}

const DRIFT = 4;
const MAX_JOINED_ANSWER = 20;
/** How far across its column's width an answer beside the text must sit to be read as the answer. */
const ANSWER_ZONE = 0.6;

/** Where, in column `col`, an answer that belongs in the next column may begin. */
function answerZone(layout: ColumnLayout, col: number): number {
  const own = col === 0 ? 0 : (layout.starts[col - 1] ?? 0);
  const next = layout.starts[col] ?? own;
  return own + (next - own) * ANSWER_ZONE;
}

/**
 * Where to cut a run of text that reaches into the next column. Only an answer is cut off into the answer column:
 * the text before it may overrun a little where answers wander left.
 */
function cutPoint(
  text: string,
  start: number,
  col: number,
  layout: ColumnLayout,
  answerNext: boolean,
  answerEmpty: boolean,
): number {
  const divider = layout.dividers[col];
  const next = layout.starts[col];
  if (divider === undefined || next === undefined) return -1;
  const joined = joinedAnswer(
    text,
    start,
    answerNext && answerEmpty ? answerZone(layout, col) : next - DRIFT,
  );
  if (joined >= 0 || answerNext || start + text.length <= divider + 1) return joined;
  const aligned = next - start - 1;
  if (aligned > 0 && text[aligned] === ' ') return aligned;
  return nearestSpace(text, divider - start);
}

/** Where a short answer at the end of the text, starting at or after `from`, begins (the space before it). */
function joinedAnswer(text: string, start: number, from: number): number {
  let space = text.length;
  let cut = -1;
  for (let words = 0; words < 3; words++) {
    space = text.lastIndexOf(' ', space - 1);
    if (space <= 0 || text.length - space - 1 > MAX_JOINED_ANSWER) break;
    if (start + space + 1 >= from && isAnswer(text.slice(space + 1))) cut = space;
  }
  return cut;
}

function nearestSpace(text: string, at: number, reach = 2): number {
  for (let d = 0; d <= reach; d++) {
    if (text[at - d] === ' ') return at - d;
    if (text[at + d] === ' ') return at + d;
  }
  return -1;
}
