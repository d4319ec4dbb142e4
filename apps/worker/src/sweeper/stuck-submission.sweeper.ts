import { ParseResultsRepository, type StuckSubmission, StuckSubmissionsRepository } from '@app/db';
import { JobName, QueueName, createRedisConnection, jobIdFor, jobOptionsFor } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { failureMessage } from '../ingestion/failure-messages';
import { RESCUES_KEY, countRescue, requeuesOf } from './rescue-counts';

/** Job states in which someone will still run the job: the submission is not stuck, only waiting. */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);
/** Re-queues of one generation before the sweeper gives up and fails the submission. */
const MAX_REQUEUES = 3;
const BATCH = 100;

export type SweepAction = 'requeued' | 'failed' | 'live' | 'waiting-for-redis';

/**
 * Nothing stays queued or parsing for ever. Every SWEEP_INTERVAL_MS one worker (an advisory lock) looks for
 * submissions whose parse was requested longer ago than PARSE_TIMEOUT_MS + SWEEP_GRACE_MS and asks the queue
 * about their job: a job that is gone (lost with Redis's memory) is queued again, up to MAX_REQUEUES times; a job
 * that ended without its submission hearing of it (its failure could not be recorded) fails the submission with
 * processing_failed. Each rescue is logged and counted for /api/health.
 */
@Injectable()
export class StuckSubmissionSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StuckSubmissionSweeper.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private readonly redis: IORedis;
  private readonly countsKey: string;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly stuck: StuckSubmissionsRepository,
    private readonly results: ParseResultsRepository,
    @InjectQueue(QueueName.SubmissionParse) private readonly queue: Queue,
  ) {
    // Its own connection, failing fast while Redis is down (the sweep is skipped and tried again later).
    this.redis = createRedisConnection(config.REDIS_URL, 'producer');
    this.countsKey = queue.toKey(RESCUES_KEY);
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    this.redis.disconnect();
  }

  /** One pass; returns what it did to each submission it looked at (tests call it directly). */
  async sweep(): Promise<Map<string, SweepAction>> {
    const actions = new Map<string, SweepAction>();
    const olderThanSeconds = (this.config.PARSE_TIMEOUT_MS + this.config.SWEEP_GRACE_MS) / 1000;
    await this.stuck.exclusively(async () => {
      for (const submission of await this.stuck.waitingLongerThan(olderThanSeconds, BATCH)) {
        actions.set(submission.id, await this.rescue(submission));
      }
    });
    return actions;
  }

  private async rescue(submission: StuckSubmission): Promise<SweepAction> {
    // The parse request is still in the outbox: Redis was down, the relay will queue it.
    if (submission.pendingRequests > 0) return 'waiting-for-redis';
    const item = {
      queue: QueueName.SubmissionParse,
      name: JobName.ParseSubmission,
      data: { submissionId: submission.id, reason: 'reprocess', generation: submission.generation },
    } as const;
    const jobId = jobIdFor(item);
    const job = await this.queue.getJob(jobId);
    const state = job ? await job.getState() : 'missing';
    if (LIVE_STATES.has(state)) return 'live';
    const waited = `${Math.round((Date.now() - submission.requestedAt.getTime()) / 1000)} s`;
    if (state === 'missing' && (await requeuesOf(this.redis, this.countsKey, jobId)) < MAX_REQUEUES) {
      await this.queue.add(item.name, item.data, { ...jobOptionsFor(item.queue), jobId });
      const count = await countRescue(this.redis, this.countsKey, 'requeued', jobId);
      this.logger.warn(`rescued submission ${submission.id} (${submission.status} for ${waited}, its job ${jobId} was gone): queued again (${count}/${MAX_REQUEUES})`);
      return 'requeued';
    }
    const failure = failureMessage('processing_failed', {
      maxPages: this.config.PARSE_MAX_PAGES,
      maxBytes: this.config.UPLOAD_MAX_BYTES,
      timeoutMs: this.config.PARSE_TIMEOUT_MS,
      maxMemoryMb: this.config.PARSE_MAX_MEMORY_MB,
    });
    const result = await this.results.fail(submission.id, submission.generation, failure.code, failure.message);
    if (!result.applied) return 'live';
    await countRescue(this.redis, this.countsKey, 'failed', jobId);
    const why = state === 'missing' ? `its job was lost ${MAX_REQUEUES} times` : `its job ${jobId} ended (${state}) without recording a result${job?.failedReason ? `: ${job.failedReason}` : ''}`;
    this.logger.warn(`rescued submission ${submission.id} (${submission.status} for ${waited}): failed with ${failure.code}, ${why}`);
    return 'failed';
  }

  private schedule(): void {
    // Jitter, so several workers started together do not all try at the same instant.
    const delay = this.config.SWEEP_INTERVAL_MS * (0.75 + Math.random() * 0.5);
    this.timer = setTimeout(() => {
      this.running = this.sweep()
        .catch((error: unknown) => this.logger.warn(`stuck-submission sweep skipped: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = null;
          if (this.timer) this.schedule();
        });
    }, delay);
  }
}
