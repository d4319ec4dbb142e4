import { endsSentence, startsMidSentence, startsNewSentence, warnOnce, type DraftRow, type Fragment } from './draft-row';
import type { TextRole } from './lines';

const TEXT_COLUMNS: readonly TextRole[] = ['requirement', 'evidence', 'commentary'];

/**
 * Some extractions (OCR especially) emit one visual line per text line, with the provision number on a line
 * in the middle of its row. Such a row's number line begins mid-sentence, and the start of its text sits on the
 * lines above, which were first taken as the previous row's continuation. For each column whose text on the
 * number line begins mid-sentence, move back the trailing fragments of the previous row from the sentence start
 * nearest the midpoint between the two number lines.
 */
export function pullLeadingFragments(previous: DraftRow, next: DraftRow): void {
  const firstRequirement = next.cells.requirement[0];
  if (!firstRequirement || !startsMidSentence(firstRequirement.text)) return;
  const midpoint = (previous.anchor + next.anchor) / 2;
  let moved = false;

  for (const role of TEXT_COLUMNS) {
    const head = next.cells[role][0];
    if (!head || head.line !== next.anchor || !startsMidSentence(head.text)) continue;
    const fragments = previous.cells[role];
    const split = bestSplit(fragments, previous.anchor, midpoint);
    if (split < 0) continue;
    next.cells[role] = [...fragments.slice(split), ...next.cells[role]];
    previous.cells[role] = fragments.slice(0, split);
    moved = true;
  }
  if (!moved) return;
  const firstMovedLine = TEXT_COLUMNS.reduce((min, r) => next.cells[r].reduce((m, f) => Math.min(m, f.line), min), Infinity);
  next.lines = [...previous.lines.filter((l) => l.index >= firstMovedLine), ...next.lines];
  const message = 'This row is laid out one visual line at a time; text was split between it and its neighbour by sentence.';
  warnOnce(previous, 'text_may_belong_to_neighbour', message, 0.1);
  warnOnce(next, 'text_may_belong_to_neighbour', message, 0.1);
}

function bestSplit(fragments: readonly Fragment[], anchor: number, midpoint: number): number {
  let best = -1;
  let bestDistance = Infinity;
  fragments.forEach((fragment, i) => {
    if (fragment.line <= anchor || i === 0) return;
    const before = fragments[i - 1];
    if (!before || !endsSentence(before.text) || !startsNewSentence(fragment.text)) return;
    const distance = Math.abs(fragment.line - midpoint);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  });
  return best;
}
