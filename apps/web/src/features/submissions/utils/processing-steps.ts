import type { SubmissionStatus } from '@app/contracts';

export type StepState = 'done' | 'current' | 'pending' | 'failed';

export interface ProcessingStep {
  label: string;
  state: StepState;
}

const ORDER: SubmissionStatus[] = ['received', 'queued', 'parsing', 'parsed'];
const LABELS = ['File received', 'Waiting to be read', 'Reading the document', 'Ready to check'];

/**
 * The steps a submission goes through (received → queued → parsing → parsed), and where it is now.
 * needs_review and accepted count as having reached the last step; failed marks the step it stopped at.
 */
export function processingSteps(
  status: SubmissionStatus,
  failedAt: SubmissionStatus = 'parsing',
): ProcessingStep[] {
  const reached =
    status === 'needs_review' || status === 'accepted'
      ? ORDER.length - 1
      : status === 'failed'
        ? ORDER.indexOf(failedAt)
        : ORDER.indexOf(status);
  const finished = status !== 'failed' && reached === ORDER.length - 1;
  return ORDER.map((_, index) => {
    let state: StepState;
    if (index < reached) state = 'done';
    else if (index > reached) state = 'pending';
    else if (status === 'failed') state = 'failed';
    else state = finished ? 'done' : 'current';
    return {
      label:
        index === ORDER.length - 1 && status === 'needs_review'
          ? 'Ready to check – some answers need a look'
          : LABELS[index]!,
      state,
    };
  });
}

/** One sentence for screen readers that says where processing is. */
export function processingAnnouncement(status: SubmissionStatus, progress: number): string {
  switch (status) {
    case 'received':
      return 'File received.';
    case 'queued':
      return 'Waiting to be read.';
    case 'parsing':
      return progress > 0 ? `Reading the document: ${Math.round(progress)}% done.` : 'Reading the document.';
    case 'parsed':
      return 'The document has been read and is ready to check.';
    case 'needs_review':
      return 'The document has been read. Some answers need checking.';
    case 'failed':
      return 'The document could not be read.';
    case 'accepted':
      return 'The submission has been confirmed.';
  }
}
