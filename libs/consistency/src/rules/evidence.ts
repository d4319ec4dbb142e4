import type { AnswerText, FlagContext, RaisedFlag } from '../types';
import { clean, evidenceKey, quoteStart, repeatKey, wordCount } from '../text';

/** Evidence that names nothing: blank, a dash, N/A, "see policy", "as above". */
const PLACEHOLDER =
  /^(?:|n ?a|none|nil|tbc|tbd|yes|y|ok|see (?:the |our )?(?:policy|above|below|attached|appendix|link|comments?|commentary)|as above|as per (?:the )?(?:policy|above)|refer to (?:the |our )?policy)$/;

export function isPlaceholderEvidence(evidence: string | null): boolean {
  return PLACEHOLDER.test(evidenceKey(evidence));
}

/** `no_evidence`: a `yes` whose evidence is empty or a placeholder. */
export function noEvidence(answer: AnswerText): RaisedFlag | null {
  if (answer.status !== 'yes' || !isPlaceholderEvidence(answer.evidence)) return null;
  const shown = clean(answer.evidence);
  return {
    flag: 'no_evidence',
    reason: shown ? `Yes with placeholder evidence: "${shown}"` : 'Yes with no evidence given',
  };
}

/** Same evidence on this many answers of one document is boilerplate. */
export const REPEATS_IN_DOCUMENT = 3;
/** Shorter texts (e.g. a policy's name) may coincide between landlords; only longer ones count as copied. */
export const MIN_WORDS_SHARED_ACROSS_LANDLORDS = 8;

/** `boilerplate`: the same evidence on many provisions of one document, or word for word another landlord's. */
export function boilerplate(answer: AnswerText, context: FlagContext): RaisedFlag | null {
  if (isPlaceholderEvidence(answer.evidence)) return null;
  const key = repeatKey(answer.evidence);
  const repeats = context.documentAnswers.filter(
    (a) => !isPlaceholderEvidence(a.evidence) && repeatKey(a.evidence) === key,
  ).length;
  if (repeats >= REPEATS_IN_DOCUMENT) {
    return {
      flag: 'boilerplate',
      reason: `Same evidence on ${repeats} answers of this document: ${quoteStart(answer.evidence ?? '')}`,
    };
  }
  const shared = evidenceKey(answer.evidence);
  if (wordCount(shared) >= MIN_WORDS_SHARED_ACROSS_LANDLORDS && context.sharedWithOtherLandlords?.(shared)) {
    return {
      flag: 'boilerplate',
      reason: `Evidence word for word another landlord's: ${quoteStart(answer.evidence ?? '')}`,
    };
  }
  return null;
}

/** `unchanged_since_last_year`: evidence and commentary word for word the landlord's previous year. */
export function unchangedSinceLastYear(
  answer: AnswerText,
  previous: AnswerText | null | undefined,
): RaisedFlag | null {
  if (!previous) return null;
  const now = [evidenceKey(answer.evidence), evidenceKey(answer.commentary)];
  const before = [evidenceKey(previous.evidence), evidenceKey(previous.commentary)];
  if (now[0] !== before[0] || now[1] !== before[1]) return null;
  if (isPlaceholderEvidence(answer.evidence) && !now[1]) return null;
  const shown = clean(answer.evidence) || clean(answer.commentary);
  return {
    flag: 'unchanged_since_last_year',
    reason: `Evidence and commentary as last year: ${quoteStart(shown)}`,
  };
}

/** `missing_answer`: a blank or unreadable status. */
export function missingAnswer(answer: AnswerText): RaisedFlag | null {
  if (answer.status !== 'missing' && answer.status !== 'unknown') return null;
  const raw = clean(answer.statusRaw);
  return {
    flag: 'missing_answer',
    reason:
      answer.status === 'missing' || !raw
        ? 'The status cell is blank'
        : `The status "${raw}" could not be read as an answer`,
  };
}
