import { readHeaderRow } from '../../vocabulary/header-row';
import { headerRole } from '../../vocabulary/header-words';
import { findProvisionNumber } from '../../vocabulary/provision-number';
import { headerCells, segmentsOf, type Segment } from './text-columns';

/** One line of a text laid out with spaces, with its runs of text. */
export interface TextLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
  page: number;
  segments: Segment[];
}

/** A header row found in the text. */
export interface HeaderAt {
  index: number;
  /** Lines the header takes (a wrapped header takes two or three). */
  span: number;
  cells: Segment[];
  /** The header's lines as printed, for placing its words by column. */
  lines: Segment[][];
  key: string;
}

const MIN_HEADER_CELLS = 3;
const MAX_HEADER_LINES = 3;
const PAGE_NUMBER = /^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/i;
const NUMBER_THEN_TEXT = /^(\S{3,7})\s(?=\S)/;
const PAGE_OF = /\bpage\s+\d+\s+of\s+\d+\b/i;

/** The text's lines, form feeds counted as page breaks, tabs as spaces. */
export function splitLines(text: string): TextLine[] {
  const out: TextLine[] = [];
  let page = 1;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      raw.split('\f').forEach((part, segment) => {
        if (segment > 0) page++;
        const clean = part.replace(/\t/g, '    ').replace(/[\u00a0\u3000]/g, ' ');
        out.push({ text: clean, line: index + 1, page, segments: segmentsOf(clean) });
      });
    });
  return out;
}

/**
 * Header rows: a line, with up to two more below it when the header's words wrap ("Code" / "provisi" / "on"),
 * that reads as a self-assessment table's header of three or more columns. The reading naming the most
 * columns wins; on a tie, the fewest lines.
 */
export function findHeaders(lines: readonly TextLine[]): HeaderAt[] {
  const found: HeaderAt[] = [];
  for (let i = 0; i < lines.length; i++) {
    const segs = lines[i]?.segments ?? [];
    if (segs.length < MIN_HEADER_CELLS || segs.some((s) => s.text.length > 80)) continue;
    const stack: Segment[][] = [segs];
    let best = { span: 0, score: 0 };
    for (let span = 1; span <= MAX_HEADER_LINES; span++) {
      if (span > 1) {
        const below = lines[i + span - 1]?.segments ?? [];
        if (!continuesHeader(below)) break;
        stack.push(below);
      }
      const value = score(stack);
      const completes =
        span > 1 &&
        value === best.score &&
        value > 0 &&
        completesCells(headerCells(stack.slice(0, -1)), stack[stack.length - 1] ?? []);
      if (value > best.score || completes) best = { span, score: value };
    }
    if (best.span === 0) continue;
    const cells = headerCells(stack.slice(0, best.span));
    if (cells.length < MIN_HEADER_CELLS) continue;
    found.push({
      index: i,
      span: best.span,
      cells,
      lines: stack.slice(0, best.span),
      key: cells.map((c) => `${c.start}:${c.text}`).join('|'),
    });
    i += best.span - 1;
  }
  return found;
}

/**
 * The line finishes words the header lines above leave hanging ("Comply: Yes /" over "No", "provisi" over
 * "on" or "sion", "Compliant" over "(Y/N)"), rather than being the first line of the table's text.
 */
function completesCells(cells: readonly Segment[], below: readonly Segment[]): boolean {
  return below.every((seg) => {
    const above = cells.find((c) => Math.min(c.end, seg.end) > Math.max(c.start, seg.start));
    if (above === undefined) return false;
    const lastWord = /\S+$/.exec(above.text)?.[0] ?? '';
    const broken = headerRole(lastWord) === null ? `${lastWord}${seg.text}` : '';
    return (
      /(?:[/&,:–-]|\band|\bor|\bof)$/i.test(above.text.trim()) ||
      /^(?:[a-z]{1,3}|[/&–-].{0,12}|\(.{1,12}\))$/.test(seg.text) ||
      (/^[a-z]/.test(seg.text) && broken !== '' && headerRole(broken) !== null)
    );
  });
}

/** A line that can be the rest of a wrapped header: short pieces of words, no provision number, no sentence end. */
function continuesHeader(segments: readonly Segment[]): boolean {
  return (
    segments.length > 0 &&
    segments.every((s) => s.text.length <= 30 && !/\.$/.test(s.text) && !findProvisionNumber(s.text))
  );
}

/** How many columns the header lines name (0 when they do not make a header). */
function score(lines: Segment[][]): number {
  const map = readHeaderRow(headerCells(lines).map((c) => ({ text: c.text })));
  return map ? map.roles.filter((r) => r !== 'ignore').length : 0;
}

/** Page numbers, "Page 2 of 7" lines, and lines repeated at the top or bottom of several pages. */
export function pageFurniture(lines: readonly TextLine[], headerLines: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  const edges = new Map<string, number[]>();
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.segments.length === 0 || headerLines.has(i)) return;
    if (PAGE_NUMBER.test(l.text) || PAGE_OF.test(l.text)) out.add(i);
    byPage.set(l.page, [...(byPage.get(l.page) ?? []), i]);
  });
  if (byPage.size < 2) return out;
  for (const indexes of byPage.values()) {
    for (const i of [...indexes.slice(0, 2), ...indexes.slice(-2)]) {
      const key = (lines[i]?.text ?? '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
      edges.set(key, [...(edges.get(key) ?? []), i]);
    }
  }
  // Half the pages at least: a table line repeated at the edge of two pages by chance is content.
  for (const indexes of edges.values()) {
    const pages = new Set(indexes.map((i) => lines[i]?.page));
    if (pages.size >= Math.max(2, byPage.size / 2)) for (const i of indexes) out.add(i);
  }
  return out;
}

/** A title or a line of prose: one run of text from the first column across the first divider. */
export function isProse(segments: readonly Segment[], firstDivider: number): boolean {
  const [only] = segments;
  if (!only || segments.length !== 1 || only.start >= firstDivider || only.end <= firstDivider + 1)
    return false;
  const lead = NUMBER_THEN_TEXT.exec(only.text);
  return !(lead?.[1] && findProvisionNumber(lead[1]));
}
