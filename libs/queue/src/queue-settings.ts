import { QueueName } from './queue-names';

export interface QueueSettings {
  attempts: number;
  backoff: { type: 'exponential'; delayMs: number };
  concurrency: number;
  /** A job running longer than this is failed (and retried while attempts remain). */
  timeoutMs: number;
  /** Completed jobs kept for inspection (count). */
  keepCompleted: number;
  /** Failed jobs are kept for inspection (count). */
  keepFailed: number;
}

/** The one table of retry, concurrency and retention settings; never set these at call sites. */
export const QUEUE_SETTINGS: Record<QueueName, QueueSettings> = {
  [QueueName.SubmissionParse]: {
    attempts: 5,
    backoff: { type: 'exponential', delayMs: 2_000 },
    concurrency: 2,
    timeoutMs: 120_000,
    keepCompleted: 1_000,
    keepFailed: 10_000,
  },
  [QueueName.System]: {
    attempts: 1,
    backoff: { type: 'exponential', delayMs: 1_000 },
    concurrency: 1,
    timeoutMs: 10_000,
    keepCompleted: 10,
    keepFailed: 100,
  },
};
