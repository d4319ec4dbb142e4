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
  /**
   * How long a worker's lock on an active job lasts; it renews it every half of this while the job runs.
   * A worker that dies (SIGKILL, lost host) stops renewing, and after this long the job counts as stalled.
   */
  lockDurationMs: number;
  /** How often workers look for stalled jobs and return them to the queue. Recovery takes at most lock + interval. */
  stalledIntervalMs: number;
  /** A job that stalls more often than this is failed instead of retried (a document that kills workers). */
  maxStalledCount: number;
}

/** The one table of retry, concurrency and retention settings; never set these at call sites. */
export const QUEUE_SETTINGS: Record<QueueName, QueueSettings> = {
  [QueueName.SubmissionParse]: {
    attempts: 5,
    backoff: { type: 'exponential', delayMs: 2_000 },
    // Parsing is CPU-bound on the worker's main thread (and the PDF reader takes one document at a time per
    // process): two jobs per process only overlap one's database writes with the other's parse. Scale with
    // worker processes, one per core (bench:ingest: 2 per process beats 1 by about half on 2 cores).
    concurrency: 2,
    timeoutMs: 120_000,
    keepCompleted: 1_000,
    keepFailed: 10_000,
    // Short enough that a killed worker's job is picked up again within seconds, long enough that a busy
    // parse (which yields to the event loop between pages) always renews its lock in time.
    lockDurationMs: 10_000,
    stalledIntervalMs: 3_000,
    maxStalledCount: 2,
  },
  [QueueName.System]: {
    attempts: 1,
    backoff: { type: 'exponential', delayMs: 1_000 },
    concurrency: 1,
    timeoutMs: 10_000,
    keepCompleted: 10,
    keepFailed: 100,
    lockDurationMs: 10_000,
    stalledIntervalMs: 10_000,
    maxStalledCount: 1,
  },
};

/** Options every job of a queue is added with (BullMQ `JobsOptions`), derived from the table. */
export function jobOptionsFor(queue: QueueName): {
  attempts: number;
  backoff: { type: 'exponential'; delay: number };
  removeOnComplete: { count: number };
  removeOnFail: { count: number };
} {
  const settings = QUEUE_SETTINGS[queue];
  return {
    attempts: settings.attempts,
    backoff: { type: settings.backoff.type, delay: settings.backoff.delayMs },
    removeOnComplete: { count: settings.keepCompleted },
    removeOnFail: { count: settings.keepFailed },
  };
}

/** Metric data points kept per queue: one per minute, a day's worth. */
export const METRICS_DATA_POINTS = 24 * 60;

/** Options of the BullMQ worker that processes a queue (BullMQ `WorkerOptions`), derived from the table. */
export function workerOptionsFor(queue: QueueName): {
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  maxStalledCount: number;
  metrics: { maxDataPoints: number };
} {
  const settings = QUEUE_SETTINGS[queue];
  return {
    concurrency: settings.concurrency,
    lockDuration: settings.lockDurationMs,
    stalledInterval: settings.stalledIntervalMs,
    maxStalledCount: settings.maxStalledCount,
    metrics: { maxDataPoints: METRICS_DATA_POINTS },
  };
}
