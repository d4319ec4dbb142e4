import {
  ANSWER_STATUSES,
  ANSWER_STATUS_LABELS,
  type AnswerStatus,
  FINAL_SUBMISSION_STATUSES,
  type SubmissionStatus,
} from '@app/contracts';
import type { TagColour, TagSpec } from '@web/components/tag-colour';

const SUBMISSION_TAGS: Record<SubmissionStatus, TagSpec> = {
  received: { text: 'Received', colour: 'grey' },
  queued: { text: 'Waiting to be read', colour: 'grey' },
  parsing: { text: 'Reading', colour: 'light-blue' },
  parsed: { text: 'Ready to check', colour: 'blue' },
  needs_review: { text: 'Needs checking', colour: 'orange' },
  failed: { text: 'Could not be read', colour: 'red' },
  accepted: { text: 'Confirmed', colour: 'green' },
};

/** The tag for a submission's processing status. */
export function submissionStatusTag(status: SubmissionStatus): TagSpec {
  return SUBMISSION_TAGS[status];
}

export const SUPERSEDED_TAG: TagSpec = { text: 'Superseded', colour: 'grey' };

const ANSWER_TAG_COLOURS: Record<AnswerStatus, TagColour> = {
  yes: 'green',
  no: 'red',
  partial: 'yellow',
  na: 'grey',
  missing: 'orange',
  unknown: 'purple',
};

/** The tag for one answer's compliance status. */
export function answerStatusTag(status: AnswerStatus): TagSpec {
  return { text: ANSWER_STATUS_LABELS[status], colour: ANSWER_TAG_COLOURS[status] };
}

/** Labels for the status select when correcting an answer: the tag texts, with "Blank" spelt out. */
export const ANSWER_STATUS_OPTIONS: { value: AnswerStatus; text: string }[] = ANSWER_STATUSES.map(
  (value) => ({
    value,
    text: value === 'missing' ? 'Blank (no answer given)' : ANSWER_STATUS_LABELS[value],
  }),
);

const TERMINAL: ReadonlySet<SubmissionStatus> = new Set(FINAL_SUBMISSION_STATUSES);

/** Whether processing has finished (successfully or not). */
export function isProcessingFinished(status: SubmissionStatus): boolean {
  return TERMINAL.has(status);
}

/** Whether the answers can still be corrected and confirmed. */
export function isReviewable(status: SubmissionStatus, superseded: boolean): boolean {
  return !superseded && (status === 'parsed' || status === 'needs_review');
}
