import { randomBytes } from 'node:crypto';
// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import type { ParsedAnswerRow } from '../rows/answer.row';
import { OutboxRepository } from './outbox.repository';
import { type ParseOutcome, ParseResultsRepository } from './parse-results.repository';
import { ReviewRepository } from './review.repository';
import { type NewUpload, type ParseRequestFor, SubmissionsRepository } from './submissions.repository';

const request: ParseRequestFor = (id, generation) => ({
  queue: 'submission-parse',
  jobName: 'parse-submission',
  jobId: `parse.${id}.${generation}`,
  payload: { submissionId: id, reason: generation === 1 ? 'upload' : 'reprocess', generation },
});

type BufferedUpload = NewUpload & { bytes: Buffer };

function upload(landlordId: string | null, overrides: Partial<BufferedUpload> = {}): BufferedUpload {
  const bytes = randomBytes(64);
  return {
    landlordId,
    assessmentYear: null,
    uploadedBy: null,
    sha256: bytes.toString('hex').slice(0, 64).padEnd(64, '0'),
    mediaType: 'text/plain',
    format: 'text',
    originalName: 'sa.txt',
    bytes,
    ...overrides,
  };
}

function rows(statuses: ParsedAnswerRow['status'][]): ParsedAnswerRow[] {
  return statuses.map((status, position) => ({
    position,
    provision: `1.${position + 2}`,
    canonicalLinks: [{ provision: `1.${position + 2}`, relation: 'same', confidence: 'high', trend: 'as_is' }],
    status,
    statusRaw: status,
    requirement: null,
    evidence: `evidence ${position}`,
    commentary: null,
    confidence: 0.9,
    flags: [],
    source: { lines: [position + 1, position + 1] },
  }));
}

function outcome(landlordId: string | null, year: number | null, statuses: ParsedAnswerRow['status'][], parserVersion = 'p1'): ParseOutcome {
  return {
    submission: { codeVersion: '2024', parserVersion, detectedLandlordName: 'X', detectedYear: year, detectedDate: null, warnings: [] },
    answers: rows(statuses),
    landlordId,
    assessmentYear: year,
  };
}

describe('ingestion repositories (real PostgreSQL)', () => {
  let db: DataSource;
  let submissions: SubmissionsRepository;
  let results: ParseResultsRepository;
  let review: ReviewRepository;
  let outbox: OutboxRepository;
  let landlordId: string;

  beforeAll(async () => {
    db = createDataSource(testEnv().DATABASE_URL!);
    await db.initialize();
    submissions = new SubmissionsRepository(db);
    results = new ParseResultsRepository(db);
    review = new ReviewRepository(db);
    outbox = new OutboxRepository(db);
    const [row] = await db.query(
      `INSERT INTO landlords (name, match_name, type) VALUES ('Repo Test Homes', $1, 'housing_association') RETURNING id`,
      [`repo test homes ${randomBytes(3).toString('hex')}`],
    );
    landlordId = row.id;
  });
  afterAll(async () => {
    await db?.destroy();
  });

  const statusOf = async (id: string) => (await submissions.findById(id))!;
  const answerStatuses = async (id: string) => (await submissions.answersOf(id)).map((a) => a.status);

  it('stores file, submission and parse request in one transaction, and returns the current one for the same bytes', async () => {
    const input = upload(landlordId);
    const first = await submissions.createFromUpload(input, request);
    expect(first).toMatchObject({ status: 'queued', duplicate: false });
    const again = await submissions.createFromUpload(input, request);
    expect(again).toEqual({ id: first.id, status: 'queued', duplicate: true });
    const otherLandlord = await submissions.createFromUpload({ ...input, landlordId: null }, request);
    expect(otherLandlord).toMatchObject({ id: first.id, duplicate: true });
    const [pending] = await db.query('SELECT job_id, payload FROM outbox_messages WHERE job_id = $1', [`parse.${first.id}.1`]);
    expect(pending.payload).toEqual({ submissionId: first.id, reason: 'upload', generation: 1 });
    expect((await submissions.fileOf(first.id))!.bytes.equals(input.bytes)).toBe(true);
  });

  it('retries a submission that failed on our side when the same file is uploaded again', async () => {
    const input = upload(landlordId);
    const { id } = await submissions.createFromUpload(input, request);
    await results.begin(id, 1);
    await results.fail(id, 1, 'processing_failed', 'A problem on our side');
    const again = await submissions.createFromUpload(input, request);
    expect(again).toEqual({ id, status: 'queued', duplicate: true });
    expect(await statusOf(id)).toMatchObject({ status: 'queued', parseGeneration: 2, errorCode: null });
    await results.begin(id, 2);
    await results.fail(id, 2, 'pdf_encrypted', 'Remove the password');
    // A problem with the document itself: the same bytes would fail the same way.
    expect(await submissions.createFromUpload(input, request)).toEqual({ id, status: 'failed', duplicate: true });
  });

  it('lets concurrent identical uploads create one submission', async () => {
    const input = upload(landlordId);
    const all = await Promise.all([1, 2, 3, 4].map(() => submissions.createFromUpload(input, request)));
    expect(new Set(all.map((r) => r.id)).size).toBe(1);
    expect(all.filter((r) => !r.duplicate)).toHaveLength(1);
  });

  it('writes answers once per generation and ignores a stale or repeated attempt', async () => {
    const { id } = await submissions.createFromUpload(upload(landlordId), request);
    expect(await results.begin(id, 1)).toBe('go');
    expect((await statusOf(id)).status).toBe('parsing');
    const reparse = await submissions.requestReparse(id, request);
    expect(reparse).toEqual({ id, status: 'queued', generation: 2 });
    // The generation-1 attempt finishes after a re-parse was requested: it must not write.
    expect(await results.apply(id, 1, outcome(landlordId, 2024, ['yes', 'no']))).toEqual({ applied: false, reason: 'stale' });
    expect(await answerStatuses(id)).toEqual([]);
    expect(await results.begin(id, 2)).toBe('go');
    expect(await results.apply(id, 2, outcome(landlordId, 2024, ['yes', 'no', 'partial']))).toMatchObject({ applied: true, status: 'parsed' });
    expect(await answerStatuses(id)).toEqual(['yes', 'no', 'partial']);
    // The same job delivered again (e.g. the relay sent it twice after its record was pruned) does nothing.
    expect(await results.begin(id, 2)).toBe('done');
    expect(await results.apply(id, 2, outcome(landlordId, 2024, ['no']))).toEqual({ applied: false, reason: 'done' });
    const row = await statusOf(id);
    expect(row).toMatchObject({ status: 'parsed', parseGeneration: 2, parsedGeneration: 2, parserVersion: 'p1', assessmentYear: 2024 });
    expect(row.counts).toMatchObject({ rows: 3, yes: 1, no: 1, partial: 1 });
  });

  it('rolls back a write that dies inside its transaction', async () => {
    const { id } = await submissions.createFromUpload(upload(landlordId), request);
    await results.begin(id, 1);
    await expect(
      results.apply(id, 1, outcome(landlordId, 2024, ['yes']), async () => {
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(await answerStatuses(id)).toEqual([]);
    expect((await statusOf(id)).status).toBe('parsing');
  });

  it('needs review without a landlord or year, and a failure leaves no answers', async () => {
    const { id } = await submissions.createFromUpload(upload(null), request);
    await results.begin(id, 1);
    expect(await results.apply(id, 1, outcome(null, 2024, ['yes']))).toMatchObject({ status: 'needs_review' });
    const again = await submissions.requestReparse(id, request);
    await results.begin(id, again!.generation);
    expect(await results.fail(id, again!.generation, 'pdf_encrypted', 'Remove the password')).toMatchObject({ status: 'failed' });
    expect(await answerStatuses(id)).toEqual([]);
    expect(await statusOf(id)).toMatchObject({ status: 'failed', errorCode: 'pdf_encrypted', errorMessage: 'Remove the password', counts: null });
  });

  it('keeps corrections across a re-parse, and offers a confirmed submission a diff instead of overwriting', async () => {
    const { id } = await submissions.createFromUpload(upload(landlordId, { assessmentYear: 2030 }), request);
    await results.begin(id, 1);
    await results.apply(id, 1, outcome(landlordId, 2030, ['yes', 'unknown', 'no']));
    const [, second] = await submissions.answersOf(id);
    const corrected = await review.correctAnswer(id, second!.id, { status: 'partial' }, null, { allowConfirmed: false });
    expect(corrected).toMatchObject({ ok: true, before: { status: 'unknown' }, after: { status: 'partial' } });

    const gen2 = (await submissions.requestReparse(id, request))!.generation;
    await results.begin(id, gen2);
    await results.apply(id, gen2, outcome(landlordId, 2030, ['yes', 'unknown', 'no'], 'p2'));
    const afterReparse = await submissions.answersOf(id);
    expect(afterReparse.map((a) => a.status)).toEqual(['yes', 'partial', 'no']);
    expect(afterReparse[1]).toMatchObject({ parsedStatus: 'unknown' });
    expect(afterReparse[1]!.correctedAt).not.toBeNull();

    expect(await review.confirm(id, null)).toEqual({ ok: true, status: 'accepted' });
    const landlordAfterConfirm = await review.correctAnswer(id, second!.id, { status: 'no' }, null, { allowConfirmed: false });
    expect(landlordAfterConfirm).toEqual({ ok: false, reason: 'confirmed' });

    // Same answers from a newer parser: nothing to decide, the version moves on.
    const gen3 = (await submissions.requestReparse(id, request))!.generation;
    expect(await results.begin(id, gen3)).toBe('go');
    expect(await results.apply(id, gen3, outcome(landlordId, 2030, ['yes', 'unknown', 'no'], 'p3'))).toMatchObject({ diff: 'unchanged' });
    expect(await statusOf(id)).toMatchObject({ status: 'accepted', parserVersion: 'p3' });

    // Different answers: stored as a diff; the confirmed answers stay until someone accepts it.
    const gen4 = (await submissions.requestReparse(id, request))!.generation;
    await results.begin(id, gen4);
    expect(await results.apply(id, gen4, outcome(landlordId, 2030, ['yes', 'unknown', 'yes', 'na'], 'p4'))).toMatchObject({
      status: 'accepted',
      diff: 'stored',
    });
    expect(await answerStatuses(id)).toEqual(['yes', 'partial', 'no']);
    const diff = await review.pendingDiff(id);
    expect(diff?.changes.map((c) => [c.parsedProvision, c.kind, c.before?.status ?? null, c.after?.status ?? null])).toEqual([
      ['1.4', 'changed', 'no', 'yes'],
      ['1.5', 'added', null, 'na'],
    ]);
    expect(await review.resolveDiff(id, true, null)).toMatchObject({ ok: true, resolution: 'accepted', parserVersion: 'p4' });
    expect(await answerStatuses(id)).toEqual(['yes', 'partial', 'yes', 'na']);
    expect(await statusOf(id)).toMatchObject({ status: 'accepted', parserVersion: 'p4' });
    expect(await review.pendingDiff(id)).toBeNull();
    expect(await review.resolveDiff(id, false, null)).toEqual({ ok: false });
  });

  it('lets a later upload for the same landlord and year supersede the earlier one once it parses', async () => {
    const year = 2031;
    const older = await submissions.createFromUpload(upload(landlordId, { assessmentYear: year }), request);
    const newer = await submissions.createFromUpload(upload(landlordId, { assessmentYear: year }), request);
    // The newer one parses first; the older one, parsed later, must not take over.
    await results.begin(newer.id, 1);
    await results.apply(newer.id, 1, outcome(landlordId, year, ['yes']));
    await results.begin(older.id, 1);
    await results.apply(older.id, 1, outcome(landlordId, year, ['no']));
    expect((await statusOf(older.id)).supersededById).toBe(newer.id);
    expect((await statusOf(newer.id)).supersededById).toBeNull();
    expect(await review.confirm(older.id, null)).toMatchObject({ ok: false, reason: 'superseded' });

    const newest = await submissions.createFromUpload(upload(landlordId, { assessmentYear: year }), request);
    await results.begin(newest.id, 1);
    await results.apply(newest.id, 1, outcome(landlordId, year, ['partial']));
    expect((await statusOf(newer.id)).supersededById).toBe(newest.id);
    expect((await statusOf(older.id)).supersededById).toBe(newer.id);
  });

  it('dispatches pending outbox rows once, leaving failures pending', async () => {
    await submissions.createFromUpload(upload(landlordId), request);
    const failing = await outbox.dispatchPending(1000, async (messages) => new Map(messages.map((m) => [m.id, new Error('redis down')])));
    expect(failing.failed).toBeGreaterThan(0);
    expect(await outbox.pendingCount()).toBeGreaterThan(0);
    const seen: string[] = [];
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        outbox.dispatchPending(1000, async (messages) => {
          seen.push(...messages.map((m) => m.id));
          await new Promise((r) => setTimeout(r, 50));
          return new Map(messages.map((m) => [m.id, null]));
        }),
      ),
    );
    expect(new Set(seen).size).toBe(seen.length);
    expect(a!.dispatched + b!.dispatched).toBe(seen.length);
    expect(await outbox.pendingCount()).toBe(0);
  });
});
