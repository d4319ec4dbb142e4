import { type FailureLimits, isSubmissionErrorCode, SUBMISSION_FAILURES, type SubmissionErrorCode } from '@app/contracts';
import type { ParseErrorCode } from '@app/parser';

/**
 * Every parser failure must have an entry in the contracts catalogue: a new `ParseErrorCode` without a
 * title and message fails to compile here instead of reaching the uploader as "a problem on our side".
 */
type Expect<T extends true> = T;
export type EveryParseErrorIsCatalogued = Expect<ParseErrorCode extends SubmissionErrorCode ? true : false>;

/** The code and message stored on a failed submission; a code the catalogue does not know counts as ours. */
export function failureMessage(code: string, limits: FailureLimits): { code: SubmissionErrorCode; message: string } {
  const resolved: SubmissionErrorCode = isSubmissionErrorCode(code) ? code : 'processing_failed';
  return { code: resolved, message: SUBMISSION_FAILURES[resolved].message(limits) };
}
