import type { HealthResponse } from '@app/contracts';
import { SUBMISSION_FAILURES } from '@app/contracts';
import { QueueName } from '@app/queue';
import { dropDatabase, migrateDatabase } from '@app/db';
import { testEnv, waitFor } from '@app/testing';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, startHarness, variant } from './ingestion.test-support';

/**
 * The stuck-submission sweeper (apps/worker/src/sweeper) in a real worker process, on real PostgreSQL and Redis:
 * submissions left queued or parsing with no job behind them are queued again or failed, and counted on /api/health.
 */
describe('stuck-submission sweeper (real worker process, PostgreSQL and Redis)', () => {
  let h: Harness;
  let db: DataSource;
  let queue: Queue;

  // Its own database and queue prefix: the sweeper (with no grace period here) would otherwise rescue, and
  // count, the submissions of specs running beside it.
  const own = {
    DATABASE_URL: `${testEnv().DATABASE_URL}_sweeper`,
    QUEUE_PREFIX: `${testEnv().QUEUE_PREFIX}-sweeper`,
  };

  beforeAll(async () => {
    await migrateDatabase(own.DATABASE_URL);
    h = await startHarness(own);
    db = h.app.get(DataSource);
    queue = h.app.get<Queue>(getQueueToken(QueueName.SubmissionParse));
  });
  afterAll(async () => {
    await h?.close();
    await dropDatabase(own.DATABASE_URL);
  });

  const rescues = async () => {
    const res = await fetch(`${h.base}/api/health`);
    const body = (await res.json()) as HealthResponse;
    return body.rescues ?? { requeued: 0, failed: 0, lastAt: null };
  };
  const statusOf = async (id: string) =>
    (
      await db.query(
        'SELECT status, error_code AS "errorCode", error_message AS "errorMessage" FROM submissions WHERE id = $1',
        [id],
      )
    )[0] as {
      status: string;
      errorCode: string | null;
      errorMessage: string | null;
    };

  /** Uploads a document (no worker running yet), waits for its job, then loses the job as a Redis without its memory would. */
  async function uploadAndLoseJob(
    tag: string,
    status: 'queued' | 'parsing',
  ): Promise<{ id: string; jobId: string }> {
    const { status: http, body } = await h.analyst.sendFile(
      variant(fixture('corpus/000_d005444fd84a3908.txt'), `stuck-${tag}`),
      `${tag}.txt`,
    );
    expect(http).toBe(202);
    const jobId = `parse.${body.id}.1`;
    const job = await waitFor(() => queue.getJob(jobId), { what: `job ${jobId} to be queued` });
    await job.remove();
    await db.query(`UPDATE submissions SET status = $2 WHERE id = $1`, [body.id, status]);
    return { id: body.id, jobId };
  }
  /** Moves the parse request an hour into the past: longer ago than the time limit plus the grace period. */
  const age = (jobId: string) =>
    db.query(`UPDATE outbox_messages SET created_at = created_at - interval '1 hour' WHERE job_id = $1`, [
      jobId,
    ]);

  it('queues a lost job again, fails one lost too often with processing_failed, leaves a recent one alone, and counts the rescues', async () => {
    const before = await rescues();
    const lost = await uploadAndLoseJob('lost', 'parsing');
    const lostTooOften = await uploadAndLoseJob('lost-often', 'queued');
    const recent = await uploadAndLoseJob('recent', 'queued');
    await age(lost.jobId);
    await age(lostTooOften.jobId);
    // This job was already queued again three times, the most the sweeper tries.
    const countsKey = queue.toKey('rescues');
    const redis = await queue.client;
    await redis.hset(countsKey, { [`job:${lostTooOften.jobId}`]: 3 });

    const worker = await h.startWorker({
      ...own,
      SWEEP_INTERVAL_MS: '500',
      SWEEP_GRACE_MS: '0',
      PARSE_TIMEOUT_MS: '20000',
    });

    const parsed = await h.analyst.waitFor(lost.id, ['parsed'], 45_000);
    expect(parsed.answers.length).toBeGreaterThan(0);
    const requeuedJob = await queue.getJob(lost.jobId);
    expect(await requeuedJob?.getState()).toBe('completed');

    const failed = await waitFor(
      async () => {
        const row = await statusOf(lostTooOften.id);
        return row.status === 'failed' ? row : undefined;
      },
      { timeoutMs: 30_000, what: 'the submission lost too often to fail' },
    );
    expect(failed.errorCode).toBe('processing_failed');
    expect(failed.errorMessage).toBe(SUBMISSION_FAILURES.processing_failed.message());

    // Younger than the limit: not stuck yet, whatever its job, through several sweeps.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await statusOf(recent.id)).status).toBe('queued');
    expect(await queue.getJob(recent.jobId)).toBeUndefined();

    const after = await rescues();
    expect(after.requeued - before.requeued).toBe(1);
    expect(after.failed - before.failed).toBe(1);
    expect(after.lastAt).not.toBeNull();
    expect(worker.output()).toContain(`rescued submission ${lost.id}`);
    expect(worker.output()).toContain(`rescued submission ${lostTooOften.id}`);
    expect(worker.output()).not.toContain(`rescued submission ${recent.id}`);

    // Once it has waited long enough, it is rescued like the first.
    await age(recent.jobId);
    await h.analyst.waitFor(recent.id, ['parsed'], 45_000);
    expect((await rescues()).requeued - before.requeued).toBe(2);
  });
});
