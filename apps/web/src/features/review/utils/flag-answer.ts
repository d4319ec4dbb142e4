import type { AnswerDto } from '@app/contracts';
import { warningText } from './warning-text';

/** Below this the parser was not sure enough of the row for it to go unchecked. */
export const LOW_CONFIDENCE = 0.8;

type FlaggableAnswer = Pick<AnswerDto, 'confidence' | 'status' | 'warnings' | 'corrected'>;

/** Why a row should be checked by a person, in plain words; empty when it looks fine. */
export function flagReasons(answer: FlaggableAnswer): string[] {
  if (answer.corrected) return [];
  const reasons: string[] = [];
  if (answer.status === 'missing') reasons.push('The answer cell is blank.');
  if (answer.status === 'unknown') reasons.push('The answer could not be recognised.');
  for (const warning of answer.warnings) {
    const text = warningText(warning);
    if (!reasons.includes(text)) reasons.push(text);
  }
  if (answer.confidence < LOW_CONFIDENCE)
    reasons.push(`We are only ${Math.round(answer.confidence * 100)}% sure this row was read correctly.`);
  return reasons;
}

export function isFlagged(answer: FlaggableAnswer): boolean {
  return flagReasons(answer).length > 0;
}

/** Rows in document order, optionally only those to check. */
export function visibleAnswers<T extends FlaggableAnswer & Pick<AnswerDto, 'position'>>(
  answers: T[],
  onlyFlagged: boolean,
): T[] {
  const ordered = [...answers].sort((a, b) => a.position - b.position);
  return onlyFlagged ? ordered.filter(isFlagged) : ordered;
}
