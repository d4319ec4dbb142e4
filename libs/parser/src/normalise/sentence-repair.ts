import { endsSentence, startsMidSentence, warnOnce, type DraftRow, type Fragment } from './draft-row';
import type { TextRole } from './lines';

/** Says which of two neighbouring rows a sentence is about: 'previous', 'next', or null when unsure. */
export type SentenceJudge = (sentence: string, previous: DraftRow, next: DraftRow) => 'previous' | 'next' | null;

const COLUMNS: readonly TextRole[] = ['evidence', 'commentary'];
const FIRST_SENTENCE = /^.*?[.!?](?=\s|$)/s;

/**
 * Across a page break, extractions sometimes put the end of one row's sentence at the start of the next row's
 * cell ("...compensation is" / "offered, setting out..."). When a row's cell opens mid-sentence and the row
 * above ends mid-sentence in the same column, the sentence is rejoined on the side it is about: by default the
 * row above (where it started); the next row when the judge finds it is about that row's requirement.
 */
export function repairSplitSentences(drafts: DraftRow[], judge: SentenceJudge): void {
  for (let i = 1; i < drafts.length; i++) {
    const previous = drafts[i - 1];
    const next = drafts[i];
    if (!previous || !next || !brokenBetween(previous, next)) continue;
    for (const role of COLUMNS) repairColumn(previous, next, role, judge);
  }
}

/**
 * Only text extractions lose where a row starts. Rows placed by position on the page (PDF) start where their
 * number stands, so a cell opening on the number's page belongs to that row, however its first sentence reads.
 */
function brokenBetween(previous: DraftRow, next: DraftRow): boolean {
  if (next.lines.some((l) => l.index === next.anchor && l.regions.length > 0)) return false;
  return next.lines.some((l) => l.afterBreak && l.index <= next.anchor) || previous.lines.some((l) => l.afterBreak && l.index > previous.anchor);
}

function repairColumn(previous: DraftRow, next: DraftRow, role: TextRole, judge: SentenceJudge): void {
  const head = next.cells[role][0];
  const tail = previous.cells[role][previous.cells[role].length - 1];
  const opening = next.lines.reduce((min, l) => Math.min(min, l.index), Infinity);
  if (!head || !tail || (head.line !== next.anchor && head.line !== opening) || !startsMidSentence(head.text) || endsSentence(tail.text)) return;

  const dangling = danglingSentence(tail.text);
  const ending = FIRST_SENTENCE.exec(head.text)?.[0] ?? head.text;
  const verdict = judge(`${dangling} ${ending}`, previous, next);
  const message = `The ${role} text around a page break may belong to the neighbouring row.`;

  if (verdict === 'next' && dangling.length < tail.text.length) {
    const kept = tail.text.slice(0, tail.text.length - dangling.length).trimEnd();
    replaceLast(previous.cells[role], { ...tail, text: kept });
    next.cells[role] = [{ text: `${dangling} ${head.text}`, line: head.line }, ...next.cells[role].slice(1)];
  } else {
    previous.cells[role].push({ text: ending, line: head.line });
    const rest = head.text.slice(ending.length).trim();
    next.cells[role] = rest ? [{ text: rest, line: head.line }, ...next.cells[role].slice(1)] : next.cells[role].slice(1);
  }
  warnOnce(previous, 'text_may_belong_to_neighbour', message, 0.05);
  warnOnce(next, 'text_may_belong_to_neighbour', message, 0.05);
}

/** The unfinished last sentence of a text: from the last sentence end (or the start) to the end. */
function danglingSentence(text: string): string {
  const match = /(?:^|[.!?]['"’”)]?\s+)([A-Z](?:[^.!?]|\.(?=\d))*)$/.exec(text);
  return match?.[1] ?? text;
}

function replaceLast(fragments: Fragment[], fragment: Fragment): void {
  if (!fragment.text) fragments.pop();
  else fragments[fragments.length - 1] = fragment;
}
