import { ANSWER_STATUSES, SUBMISSION_STATUSES } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_STATUS_OPTIONS,
  answerStatusTag,
  isProcessingFinished,
  isReviewable,
  submissionStatusTag,
} from './status-tags';

describe('submissionStatusTag', () => {
  it('has a distinct label for every submission status', () => {
    const labels = SUBMISSION_STATUSES.map((status) => submissionStatusTag(status).text);
    expect(new Set(labels).size).toBe(SUBMISSION_STATUSES.length);
  });

  it('shows failures in red and confirmed submissions in green', () => {
    expect(submissionStatusTag('failed')).toEqual({ text: 'Could not be read', colour: 'red' });
    expect(submissionStatusTag('accepted')).toEqual({ text: 'Confirmed', colour: 'green' });
  });
});

describe('answerStatusTag', () => {
  it('maps every answer status', () => {
    for (const status of ANSWER_STATUSES) expect(answerStatusTag(status).text).toBeTruthy();
    expect(answerStatusTag('no').colour).toBe('red');
    expect(answerStatusTag('missing').text).toBe('Blank');
  });

  it('offers every status when correcting', () => {
    expect(ANSWER_STATUS_OPTIONS.map((option) => option.value).sort()).toEqual([...ANSWER_STATUSES].sort());
  });
});

describe('processing state', () => {
  it('knows which statuses end processing', () => {
    expect(SUBMISSION_STATUSES.filter(isProcessingFinished)).toEqual([
      'parsed',
      'needs_review',
      'failed',
      'accepted',
    ]);
  });

  it('allows review only of parsed, current submissions', () => {
    expect(isReviewable('needs_review', false)).toBe(true);
    expect(isReviewable('parsed', true)).toBe(false);
    expect(isReviewable('accepted', false)).toBe(false);
    expect(isReviewable('failed', false)).toBe(false);
  });
});
