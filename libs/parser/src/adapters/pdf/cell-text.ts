/**
 * Assembles the text of one cell (or one block of running text): visual lines are reflowed into
 * paragraphs, list items start with '• ', and paragraphs are joined with '\n'.
 */
import type { Box } from './geometry';
import type { Fragment, TextLine } from './page-content';
import { normaliseBullet } from './text-fragments';
import { groupLines, joinLineText, squashSpaces } from './text-lines';

interface ReadLine {
  line: TextLine;
  text: string;
  bullet: boolean;
  /** Where the line's words start (after any bullet). */
  textX: number;
}

/** A small drawn shape just left of a line, level with its letters, is that line's bullet. */
function drawnBullet(line: TextLine, marks: readonly Box[]): boolean {
  const size = line.fontSize;
  return marks.some((m) => {
    const cy = (m.y0 + m.y1) / 2;
    return (
      m.x1 <= line.x0 + 0.5 &&
      line.x0 - m.x1 <= 2.5 * size &&
      cy >= line.y0 &&
      cy <= line.y1 &&
      m.y1 - m.y0 <= 0.9 * size
    );
  });
}

function readLine(line: TextLine, marks: readonly Box[]): ReadLine {
  const joined = joinLineText(line.fragments);
  const text = normaliseBullet(joined);
  if (text.startsWith('• ')) {
    const firstWord = line.fragments.find((f) => !/^[•●▪■◦○‣⁃∙◆◇➢►▶–]$/u.test(f.text));
    const textX = firstWord && firstWord !== line.fragments[0] ? firstWord.x0 : line.x0 + line.fontSize;
    return { line, text: text === '• ' ? '•' : text, bullet: true, textX };
  }
  if (drawnBullet(line, marks)) return { line, text: `• ${joined}`, bullet: true, textX: line.x0 };
  return { line, text: joined, bullet: false, textX: line.x0 };
}

const URL_LIKE = /(?:[/@]|\p{L}\.\p{L})/u;

/**
 * A web address or e-mail longer than the column is broken wherever the line runs out, without a
 * hyphen: the line before is full, and both pieces look like parts of an address.
 */
function brokenAddress(previous: string, next: string, previousFull: boolean): boolean {
  const tail = lastWord(previous);
  const head = /^\S+/.exec(next)?.[0] ?? '';
  if (tail.length < 10 || !URL_LIKE.test(tail) || !/^[\p{Ll}\d]/u.test(head)) return false;
  // Line breakers may also break an address after a slash, without filling the line.
  if (/\/$/.test(tail) && /^[^\s/]+[/.\-_?=&#]/.test(head)) return true;
  return previousFull && /[./@\-_?=&#]/.test(head);
}

/**
 * The text after the last white space. A paragraph grows line by line, so its end is found by scanning back
 * rather than by a pattern anchored at the end, which would try every position of the whole paragraph.
 */
function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !/\s/.test(text[i - 1] ?? ' ')) i--;
  return text.slice(i);
}

function joinWrapped(previous: string, next: string, previousFull: boolean): string {
  if (previous.endsWith('\u00ad')) return previous.slice(0, -1) + next;
  // A hyphen at a line end inside a word or number ("self-" / "assessment", "12-" / "13") is kept,
  // and no space is added.
  if (/[\p{L}\d]-$/u.test(previous.slice(-2)) && /^[\p{Ll}\d]/u.test(next)) return previous + next;
  if (brokenAddress(previous, next, previousFull)) return previous + next;
  // Closing punctuation only opens a line when a narrow column forced the break there.
  if (/^[)\].,;:!?%]/.test(next)) return previous + next;
  return `${previous} ${next}`;
}

/** The text of a paragraph as it is emitted: soft hyphens dropped, spaces squashed. */
function finishParagraph(text: string): string {
  return squashSpaces(text.includes('\u00ad') ? text.replace(/\u00ad/g, '') : text);
}

export function assembleLines(lines: readonly TextLine[], marks: readonly Box[] = []): string[] {
  // Most cells are one line: no gaps to weigh, no paragraphs to join.
  const only = lines.length === 1 ? lines[0] : undefined;
  if (only) {
    const text = finishParagraph(readLine(only, marks).text);
    return text === '' || text === '•' ? [] : [text];
  }
  const read = lines.map((line) => readLine(line, marks));
  const gaps: number[] = [];
  for (let i = 1; i < read.length; i++) {
    const a = read[i - 1]?.line;
    const b = read[i]?.line;
    if (a && b) gaps.push(b.y0 - a.y1);
  }
  const usualGap = gaps.length > 0 ? Math.min(...gaps) : 0;
  const rightEdge = Math.max(...read.map((r) => r.line.x1));
  const paragraphs: string[] = [];
  let current: ReadLine | null = null;
  let currentText = '';
  for (let i = 0; i < read.length; i++) {
    const line = read[i];
    if (!line) continue;
    const gap = i > 0 ? (gaps[i - 1] ?? 0) : 0;
    const startsNew =
      current === null ||
      line.bullet ||
      gap > Math.max(usualGap, 0) + 0.28 * line.line.fontSize ||
      (current.bullet && line.line.x0 < current.textX - 0.6 * line.line.fontSize);
    if (startsNew) {
      if (current !== null) paragraphs.push(currentText);
      current = line;
      currentText = line.text;
    } else {
      const previousLine = read[i - 1]?.line;
      const full = previousLine !== undefined && previousLine.x1 >= rightEdge - 0.8 * previousLine.fontSize;
      currentText = joinWrapped(currentText, line.text, full);
    }
  }
  if (current !== null) paragraphs.push(currentText);
  return paragraphs.map(finishParagraph).filter((p) => p !== '' && p !== '•');
}

export function assembleCellText(fragments: readonly Fragment[], marks: readonly Box[] = []): string {
  if (fragments.length === 0) return '';
  return assembleLines(groupLines(fragments), marks).join('\n');
}
