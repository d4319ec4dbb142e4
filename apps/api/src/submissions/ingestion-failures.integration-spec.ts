import { randomBytes } from 'node:crypto';
import type { HealthResponse } from '@app/contracts';
import { QueueName } from '@app/queue';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, startHarness, variant } from './ingestion.test-support';

const MAX_BYTES = 2 * 1024 * 1024;

describe('ingestion failures and outages (real PostgreSQL, Redis and worker process)', () => {
  let h: Harness;
  let db: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    h = await startHarness({ UPLOAD_MAX_BYTES: String(MAX_BYTES) });
    db = h.app.get(DataSource);
    queue = h.app.get<Queue>(getQueueToken(QueueName.SubmissionParse));
  });
  afterAll(async () => {
    await h?.close();
  });

  const jobOf = async (id: string) => {
    const [row] = await db.query('SELECT parse_generation FROM submissions WHERE id = $1', [id]);
    return queue.getJob(`parse.${id}.${row.parse_generation}`);
  };

  it('accepts an upload while Redis is unreachable and parses it once Redis is back', async () => {
    await h.redisProxy.cut();
    let id: string;
    try {
      const uploaded = await h.analyst.sendFile(
        variant(fixture('corpus/001_95dbe0d9508a35d5.txt'), 'outage'),
        'octavia.txt',
      );
      expect(uploaded.status).toBe(202);
      expect(uploaded.body).toMatchObject({ status: 'queued', duplicate: false });
      id = uploaded.body.id;
      const health = (await (await fetch(`${h.base}/api/health`)).json()) as HealthResponse;
      expect(health.checks.redis.status).toBe('down');
      expect(health.outboxPending).toBeGreaterThanOrEqual(1);
      const [pending] = await db.query(`SELECT dispatched_at FROM outbox_messages WHERE job_id = $1`, [
        `parse.${id}.1`,
      ]);
      expect(pending.dispatched_at).toBeNull();
    } finally {
      await h.redisProxy.resume();
    }
    await h.startWorker();
    const parsed = await h.analyst.waitFor(id, ['parsed'], 40_000);
    expect(parsed.answers).toHaveLength(72);
    const [sent] = await db.query(`SELECT dispatched_at, attempts FROM outbox_messages WHERE job_id = $1`, [
      `parse.${id}.1`,
    ]);
    expect(sent.dispatched_at).not.toBeNull();
    expect(sent.attempts).toBeGreaterThanOrEqual(0);
    expect(await (await jobOf(id))?.getState()).toBe('completed');
  });

  it('refuses empty, oversize and unsupported files with messages that say what to do', async () => {
    const empty = await h.analyst.sendFile(Buffer.alloc(0), 'empty.pdf');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ code: 'empty_file' });

    const oversize = await h.analyst.sendFile(
      Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(MAX_BYTES)]),
      'huge.pdf',
    );
    expect(oversize.status).toBe(413);
    expect(oversize.body).toMatchObject({ code: 'file_too_large' });
    expect(oversize.body.message).toContain('2 MB limit');

    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      randomBytes(2000),
    ]);
    for (const [bytes, name] of [
      [png, 'scan.png'],
      [
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(600)]),
        'old.doc',
      ],
    ] as const) {
      const wrong = await h.analyst.sendFile(bytes, name);
      expect(wrong.status).toBe(415);
      expect(wrong.body.code).toBe('unsupported_format');
      expect(wrong.body.message).toMatch(/PDF.*Word.*HTML.*text or Markdown/);
    }
    const missing = await h.analyst.send('POST', '/submissions', {});
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('file_missing');
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM stored_files WHERE original_name IN ('empty.pdf', 'huge.pdf', 'scan.png', 'old.doc')`,
    );
    expect(n).toBe(0);
  });

  const FAILURES = [
    ['encrypted PDF', () => fixture('pdf/errors/encrypted.pdf'), 'pdf_encrypted', /remove the password/i],
    [
      'scanned PDF without text',
      () => fixture('pdf/errors/image-only.pdf'),
      'pdf_no_text',
      /scanned documents need a text layer/i,
    ],
    [
      'corrupt PDF',
      () => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4000), Buffer.from('\n%%EOF\n')]),
      'pdf_malformed',
      /damaged/,
    ],
    [
      'corrupt DOCX',
      () => Buffer.concat([Buffer.from('PK\u0003\u0004'), randomBytes(3000)]),
      'docx_malformed',
      /Word document is damaged/,
    ],
    [
      'document without the table',
      () => Buffer.from(`A letter about complaints ${randomBytes(4).toString('hex')}.\n`),
      'no_table_found',
      /self-assessment table/,
    ],
  ] as const;

  it.each(FAILURES)(
    'ends a %s as failed with a clear message and no stuck job',
    async (_what, bytes, code, message) => {
      if (!h.workers.length) await h.startWorker();
      const uploaded = await h.analyst.sendFile(bytes(), `${code}.bin`);
      expect(uploaded.status).toBe(202);
      const failed = await h.analyst.waitFor(uploaded.body.id, ['failed']);
      expect(failed).toMatchObject({ errorCode: code, answers: [], counts: null });
      expect(failed.errorMessage).toMatch(message);
      const job = (await jobOf(uploaded.body.id))!;
      expect(await job.getState()).toBe('failed');
      expect(job.attemptsMade).toBe(1); // permanent: no retries
      // Nothing of this submission left to run (the queue is shared with the specs running beside this one).
      const pending = await queue.getJobs(['active', 'waiting', 'delayed', 'prioritized']);
      expect(pending.filter((j) => j.id?.startsWith(`parse.${uploaded.body.id}.`))).toEqual([]);
    },
  );
});
