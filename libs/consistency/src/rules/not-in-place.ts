import type { AnswerText, RaisedFlag } from '../types';
import { answerParts, quote, sentences } from '../text';

/** Words that say the duty is not met yet: under review, in progress, partial, planned, postponed. */
const NOT_YET: readonly RegExp[] = [
  /\b(?:is|are)\s+(?:currently\s+)?being\s+(?:reviewed|updated|developed|introduced|implemented|incorporated|rolled out|drafted|revised)\b/i,
  /\b(?<!kept\s)(?:is|are)\s+(?:currently\s+)?under\s+review\b/i,
  /\bnot\s+(?:currently|yet|fully|specified|in place|being met|met|compliant)\b/i,
  /\byet to\b/i,
  /\bpartial(?:ly)?\b|\bpartly\b/i,
  /\bwork(?:ing)? towards\b(?!\s+(?:strengthening|improving|further))/i,
  /\bwe\s+(?:plan|intend|aim)\s+to\b|\bwe\s+are\s+planning\b/i,
  /\bwill\s+(?:be\s+in\s+place|be\s+live|go\s+live)\b/i,
  /\bby\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4])\s+\d{4}\b/i,
  /\b(?:postponed|delayed)\b/i,
  /\bprevented us\b|\bcontinuing issues\b/i,
  /\b(?:roll[- ]?out|implementation)\s+(?:has\s+)?(?:commenced|started|begun|is underway|is under way|is in progress|is ongoing)\b/i,
  /\b(?:is|are)\s+incorporating\b/i,
  /\bmore work is (?:needed|required)\b/i,
];

/** A self-identified action on a gap (not a further improvement) that is still needed. */
const OPEN_ACTION = /^actions?\s*[:\-–]\s*(?!further)(?=.*\b(?:is|are)\s+(?:required|needed)\b)/i;

/** Sentences about improvements beyond the duty, which do not say the duty is unmet. */
const IMPROVEMENT_ONLY =
  /\b(?:further|additional|enhanced|accompanied by)\b|\bcontinu\w* to (?:improve|strengthen)\b/i;

/** `yes_but_not_in_place`: a `yes` whose evidence or commentary says the duty is not yet met. */
export function yesButNotInPlace(answer: AnswerText): RaisedFlag | null {
  if (answer.status !== 'yes') return null;
  for (const part of answerParts(answer)) {
    for (const sentence of sentences(part.text)) {
      const action = OPEN_ACTION.exec(sentence);
      if (action) return raise(part.field, sentence, 0, Math.min(sentence.length, 60));
      if (IMPROVEMENT_ONLY.test(sentence)) continue;
      for (const pattern of NOT_YET) {
        const match = pattern.exec(sentence);
        if (match) return raise(part.field, sentence, match.index, match[0].length);
      }
    }
  }
  return null;
}

function raise(field: string, sentence: string, index: number, length: number): RaisedFlag {
  return {
    flag: 'yes_but_not_in_place',
    reason: `Yes, but the ${field} says ${quote(sentence, index, length)}`,
  };
}
