import type { AnswerText, RaisedFlag } from '../types';
import { answerParts, clean, quote, quoteStart, sentences } from '../text';

/** Phrases that deny a plan; removed before looking for one ("we do not plan to change" is no plan). */
const DENIED_PLAN =
  /\b(?:do|does|did)\s+not\s+(?:plan|intend|aim|propose|expect)\s+to\b[^.;]*|\bno\s+(?:plans?|intention)\s+to\b[^.;]*|\bwill\s+not\b[^.;]*|\bwon't\b[^.;]*|\bnot\s+planning\b[^.;]*/gi;

const ACTION: readonly RegExp[] = [
  /\bwill\b/i,
  /\bwe\s+are\s+going\s+to\b/i,
  /\b(?:plan|plans|planning|intend|intends|aim|aims)\s+to\b/i,
  /\b(?:further\s+)?actions?\s*[:\-–]/i,
  /\bfurther\s+actions?\b/i,
  /\bto\s+be\s+(?:developed|reviewed|introduced|implemented|completed|updated|agreed|rolled\s+out|delivered|put\s+in\s+place)\b/i,
  /\b(?:are|is)\s+(?:currently\s+)?(?:introducing|updating|developing|reviewing|improving|implementing|working\s+(?:on|to|towards))\b/i,
  /\bin\s+development\b|\bdue\s+(?:to|for|with|by|in)\b/i,
  /\b(?:have|has)\s+been\s+(?:resolved|rectified|fixed|addressed)\b/i,
];

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const DATE: readonly RegExp[] = [
  new RegExp(`\\b${MONTH}\\b`, 'i'),
  /\b(?:19|20)\d{2}(?:\/\d{2,4})?\b/,
  /\bQ[1-4]\b/,
  /\b(?:spring|summer|autumn|winter)\b/i,
  /\bend\s+of\s+(?:the\s+)?(?:year|month|quarter|financial\s+year)\b/i,
  /\bnext\s+(?:year|month|quarter|financial\s+year)\b/i,
  /\bwithin\s+(?:the\s+next\s+)?\d+\s+(?:weeks|months)\b/i,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
];

/** `no_without_plan`: a `no` or `partial` that does not say how (an action) and when (a date) in one sentence. */
export function noWithoutPlan(answer: AnswerText): RaisedFlag | null {
  if (answer.status !== 'no' && answer.status !== 'partial') return null;
  const parts = answerParts(answer);
  let actionSeen: { field: string; sentence: string; match: RegExpExecArray } | null = null;
  let denied: { field: string; sentence: string; match: RegExpExecArray } | null = null;
  for (const part of parts) {
    for (const sentence of sentences(part.text)) {
      const denial = new RegExp(DENIED_PLAN.source, 'i').exec(sentence);
      if (denial && !denied) denied = { field: part.field, sentence, match: denial };
      const affirmed = sentence.replace(DENIED_PLAN, ' ');
      const action = firstMatch(ACTION, affirmed);
      if (!action) continue;
      if (firstMatch(DATE, affirmed)) return null;
      if (!actionSeen) actionSeen = { field: part.field, sentence: affirmed, match: action };
    }
  }
  const label = answer.status === 'no' ? 'No' : 'Partial';
  if (actionSeen) {
    return {
      flag: 'no_without_plan',
      reason: `${label} with an action but no date: ${quote(actionSeen.sentence, actionSeen.match.index, actionSeen.match[0].length)}`,
    };
  }
  if (denied) {
    return {
      flag: 'no_without_plan',
      reason: `${label} and no plan: ${quote(denied.sentence, denied.match.index, denied.match[0].length)}`,
    };
  }
  const said = clean([answer.evidence, answer.commentary].filter(Boolean).join(' '));
  return {
    flag: 'no_without_plan',
    reason: `${label} without an action or a date${said ? `: ${quoteStart(said)}` : ' (no evidence or commentary)'}`,
  };
}

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}
