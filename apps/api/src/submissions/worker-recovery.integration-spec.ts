import { QueueName } from '@app/queue';
import { waitFor } from '@app/testing';
import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, startHarness, variant } from './ingestion.test-support';

describe('worker crashes and concurrency (real worker processes)', () => {
  let h: Harness;
  let db: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    h = await startHarness();
    db = h.app.get(DataSource);
    queue = h.app.get<Queue>(getQueueToken(QueueName.SubmissionParse));
  });
  afterAll(async () => {
    await h?.close();
  });

  const answerCount = async (id: string) => {
    const [row] = await db.query('SELECT count(*)::int AS n, count(DISTINCT position)::int AS positions FROM answers WHERE submission_id = $1', [id]);
    return row as { n: number; positions: number };
  };

  it('leaves no partial answers when a worker is killed mid-write, and completes the job exactly once after restart', async () => {
    // This worker holds the answers transaction open for 20 s before committing: long enough to kill it inside.
    const slow = await h.startWorker({ TEST_PARSE_COMMIT_DELAY_MS: '20000' });
    const { body } = await h.analyst.sendFile(variant(fixture('corpus/004_f04719c660cefd4a.txt'), 'sigkill'), 'lewisham.txt');
    await waitFor(async () => (await h.analyst.detail(body.id)).progress >= 85, { what: 'the worker to start writing answers' });
    // Inside the transaction: the delete + insert have run but are not committed.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await slow.kill();
    expect(slow.process.signalCode).toBe('SIGKILL');
    expect(await answerCount(body.id)).toEqual({ n: 0, positions: 0 });
    expect((await h.analyst.detail(body.id)).status).toBe('parsing');

    const killedAt = Date.now();
    await h.startWorker();
    const parsed = await h.analyst.waitFor(body.id, ['parsed'], 45_000);
    const recoveredInMs = Date.now() - killedAt;
    expect(parsed.answers).toHaveLength(72);
    expect(await answerCount(body.id)).toEqual({ n: 72, positions: 72 });
    const job = (await queue.getJob(`parse.${body.id}.1`)) as Job;
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(1);
    expect(job.stalledCounter).toBe(1);
    expect(job.returnvalue).toMatchObject({ outcome: 'applied', status: 'parsed', rows: 72 });
    // Stalled-job recovery (lock duration + check interval from the settings table) takes seconds, not minutes.
    expect(recoveredInMs).toBeLessThan(30_000);
    for (const worker of h.workers) await worker.stop();
    h.workers.length = 0;
  });

  it('parses each of several uploads exactly once with two workers at work', async () => {
    const [a, b] = [await h.startWorker(), await h.startWorker()];
    const sources = [
      'corpus/000_d005444fd84a3908.txt',
      'corpus/001_95dbe0d9508a35d5.txt',
      'corpus/002_d882b0485b76ad96.txt',
      'corpus/003_c12ef68dc0e349cb.txt',
      'corpus/004_f04719c660cefd4a.txt',
      'docx/corpus-002.docx',
      'pdf/corpus-001-chromium-grid.pdf',
      'html/layout-combined-column.html',
    ];
    const uploads = await Promise.all(
      [...sources, ...sources].map((path, i) => h.analyst.sendFile(i < sources.length ? variant(fixture(path), `pair-${i}`) : variant(fixture(path), `pair-b-${i}`), path.split('/').pop()!)),
    );
    const ids = uploads.map((u) => u.body.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) await h.analyst.waitFor(id, ['parsed', 'needs_review'], 60_000);

    const processedBy = new Set<string>();
    for (const id of ids) {
      const job = (await queue.getJob(`parse.${id}.1`)) as Job;
      expect(await job.getState()).toBe('completed');
      expect(job.attemptsStarted).toBe(1);
      expect(job.attemptsMade).toBe(1);
      if (job.processedBy) processedBy.add(job.processedBy);
      const { n, positions } = await answerCount(id);
      expect(n).toBe(positions);
      expect(n).toBeGreaterThan(0);
    }
    expect(processedBy.size).toBe(2);
    expect(await a.stop()).toBe(0);
    expect(await b.stop()).toBe(0);
  });

  it('finishes an in-flight job before a worker stops on SIGTERM', async () => {
    const worker = await h.startWorker({ TEST_PARSE_COMMIT_DELAY_MS: '3000' });
    const { body } = await h.analyst.sendFile(variant(fixture('corpus/002_d882b0485b76ad96.txt'), 'graceful'), 'k.txt');
    await waitFor(async () => (await h.analyst.detail(body.id)).progress >= 85, { what: 'the worker to start writing answers' });
    expect(await worker.stop(20_000)).toBe(0);
    const detail = await h.analyst.detail(body.id);
    expect(detail.status).toBe('parsed');
    expect(detail.answers).toHaveLength(72);
  });
});
