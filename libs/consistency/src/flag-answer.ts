import type { RaisedFlag, AnswerText, FlagContext } from './types';
import { boilerplate, missingAnswer, noEvidence, unchangedSinceLastYear } from './rules/evidence';
import { noWithoutPlan } from './rules/no-plan';
import { yesButNotInPlace } from './rules/not-in-place';
import { timescaleConflict } from './rules/timescale';

/**
 * The consistency flags of one answer, each with a one-line reason quoting the words that raised it.
 * Pure: everything it needs (the document's other answers, last year's answer) comes in `context`.
 * Versioned by `FLAGS_VERSION`.
 */
export function flagAnswer(answer: AnswerText, context: FlagContext): RaisedFlag[] {
  const raised = [
    yesButNotInPlace(answer),
    noWithoutPlan(answer),
    timescaleConflict(answer, context.codeVersion),
    noEvidence(answer),
    boilerplate(answer, context),
    unchangedSinceLastYear(answer, context.previousYear),
    missingAnswer(answer),
  ];
  return raised.filter((flag): flag is RaisedFlag => flag !== null);
}

/** Flags for every answer of a document (the document is each answer's context). */
export function flagDocument(
  answers: readonly AnswerText[],
  context: Omit<FlagContext, 'documentAnswers' | 'previousYear'> & {
    previousYear?: (answer: AnswerText) => AnswerText | null;
  },
): RaisedFlag[][] {
  return answers.map((answer) =>
    flagAnswer(answer, {
      codeVersion: context.codeVersion,
      documentAnswers: answers,
      previousYear: context.previousYear?.(answer) ?? null,
      ...(context.sharedWithOtherLandlords
        ? { sharedWithOtherLandlords: context.sharedWithOtherLandlords }
        : {}),
    }),
  );
}
