import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { AnswerDto, HealthResponse, Page, ReparseDiffDto, SubmissionSummaryDto } from '@app/contracts';
import { parseSubmission } from '@app/parser';
import { ApiSession, testEnv, waitFor } from '@app/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, startHarness, truthOf, variant } from './ingestion.test-support';

const REPROCESS_CLI = resolve(__dirname, '../../dist/cli/reprocess.js');

describe('submissions: upload -> durable store -> worker -> answers (real PostgreSQL, Redis and worker process)', () => {
  let h: Harness;
  let db: DataSource;

  beforeAll(async () => {
    h = await startHarness();
    await h.startWorker();
    db = h.app.get(DataSource);
  });
  afterAll(async () => {
    await h?.close();
  });

  const FORMATS = [
    ['text', 'corpus/000_d005444fd84a3908.txt', 'waltham'],
    ['HTML', 'html/layout-thead-spans.html', null],
    ['DOCX', 'docx/corpus-001.docx', 'octavia'],
    ['PDF', 'pdf/corpus-004-chromium-rules-landscape.pdf', 'lewisham'],
  ] as const;

  it.each(FORMATS)('parses a %s document end to end into the answers the parser reads', async (_format, path, landlord) => {
    const bytes = fixture(path);
    const truth = truthOf(path);
    const uploaded = await h.analyst.sendFile(bytes, path.split('/').pop()!);
    expect(uploaded.status).toBe(202);
    expect(uploaded.body).toMatchObject({ status: 'queued', duplicate: false });

    const detail = await h.analyst.waitFor(uploaded.body.id, ['parsed', 'needs_review']);
    const expected = await parseSubmission(new Uint8Array(bytes), { filename: path });
    expect(detail.answers.map((a) => [a.provision, a.status])).toEqual(expected.rows.map((r) => [r.provision, r.status]));
    expect(detail.answers.map((a) => a.position)).toEqual(expected.rows.map((_, i) => i));
    expect(detail).toMatchObject({
      codeVersion: truth.codeVersion,
      assessmentYear: truth.assessmentYear,
      parserVersion: expected.parserVersion,
      detectedLandlordName: expected.landlordName,
      progress: 100,
      counts: { rows: expected.rows.length },
    });
    if (landlord) {
      expect(detail.status).toBe('parsed');
      expect(detail.landlordId).toBe(h.landlords[landlord]);
    } else {
      // A landlord that is not in the register: kept for an analyst, with the detected name.
      expect(detail.status).toBe('needs_review');
      expect(detail.landlordId).toBeNull();
      expect(detail.warnings.join(' ')).toContain(`"${truth.landlord}", is not in the register`);
    }
    const first = detail.answers[0]!;
    expect(first.canonicalProvisions.length).toBeGreaterThan(0);
    expect(first.source).toBeTypeOf('object');
  });

  it('streams status and progress as server-sent events until a final state', async () => {
    const bytes = variant(fixture('corpus/002_d882b0485b76ad96.txt'), 'events');
    const { body } = await h.analyst.sendFile(bytes, 'kingston.txt');
    const res = await h.analyst.fetch(`/api/submissions/${body.id}/events`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const text = await res.text(); // the server ends the stream at the final state
    const events = text
      .split('\n\n')
      .filter((block) => block.startsWith('event: status'))
      .map((block) => JSON.parse(block.split('data: ')[1]!) as { status: string; progress: number });
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)).toMatchObject({ status: 'parsed', progress: 100 });
    expect(text).toContain('event: end');
  });

  it('ends an event stream cleanly when the client goes away', async () => {
    await h.redisProxy.cut(); // keep the submission queued so the stream would run on
    try {
      const { body } = await h.analyst.sendFile(variant(fixture('corpus/002_d882b0485b76ad96.txt'), 'abandoned'), 'k.txt');
      const server = h.app.getHttpServer() as Server;
      const connections = () => new Promise<number>((done) => server.getConnections((_, n) => done(n)));
      const before = await connections();
      const abort = new AbortController();
      const res = await h.analyst.fetch(`/api/submissions/${body.id}/events`, { signal: abort.signal });
      const reader = res.body!.getReader();
      await reader.read();
      abort.abort();
      await waitFor(async () => (await connections()) <= before, { what: 'the stream connection to close', timeoutMs: 5_000 });
    } finally {
      await h.redisProxy.resume();
    }
  });

  it('returns the existing submission for the same file and landlord, and a new one for another landlord', async () => {
    const bytes = variant(fixture('corpus/004_f04719c660cefd4a.txt'), 'duplicate');
    const first = await h.lewisham.sendFile(bytes, 'lewisham.txt');
    expect(first.body).toMatchObject({ duplicate: false });
    const again = await h.lewisham.sendFile(bytes, 'renamed.txt');
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true });
    const byAnalyst = await h.analyst.sendFile(bytes, 'x.txt', { landlordId: h.landlords.lewisham });
    expect(byAnalyst.body).toMatchObject({ id: first.body.id, duplicate: true });
    const otherLandlord = await h.analyst.sendFile(bytes, 'x.txt', { landlordId: h.landlords.octavia });
    expect(otherLandlord.body).toMatchObject({ duplicate: false });
    expect(otherLandlord.body.id).not.toBe(first.body.id);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM submissions WHERE id = $1', [first.body.id]);
    expect(n).toBe(1);
  });

  it('limits landlord users to their own landlord: forced on upload, 404 for anything else', async () => {
    const { body } = await h.octavia.sendFile(variant(fixture('corpus/001_95dbe0d9508a35d5.txt'), 'scope'), 'o.txt', {
      landlordId: h.landlords.lewisham,
    });
    const mine = await h.octavia.waitFor(body.id, ['parsed']);
    expect(mine.landlordId).toBe(h.landlords.octavia);

    for (const path of ['', '/file', '/events']) {
      const res = await h.lewisham.fetch(`/api/submissions/${body.id}${path}`);
      expect(res.status).toBe(404);
    }
    const patch = await h.lewisham.send('PATCH', `/submissions/${body.id}/answers/${mine.answers[0]!.id}`, { status: 'no' });
    expect(patch.status).toBe(404);
    const list = await h.lewisham.send<Page<SubmissionSummaryDto>>('GET', `/submissions?landlordId=${h.landlords.octavia}`);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((s) => s.landlordId === h.landlords.lewisham)).toBe(true);
    const anonymous = await ApiSession.anonymous(h.base).send('GET', '/submissions');
    expect(anonymous.status).toBe(401);
    const reprocess = await h.octavia.send('POST', `/submissions/${body.id}/reprocess`);
    expect(reprocess.status).toBe(403);
  });

  it('lists with filters and pages', async () => {
    const all = await h.analyst.send<Page<SubmissionSummaryDto>>('GET', '/submissions?pageSize=2');
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThan(2);
    const filtered = await h.analyst.send<Page<SubmissionSummaryDto>>(
      'GET',
      `/submissions?landlordId=${h.landlords.waltham}&year=2024&status=parsed`,
    );
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(filtered.body.items.every((s) => s.landlordId === h.landlords.waltham && s.assessmentYear === 2024 && s.status === 'parsed')).toBe(
      true,
    );
    expect((await h.analyst.send('GET', '/submissions?status=bogus')).status).toBe(400);
  });

  it('serves the original bytes with their name and media type, never sniffed', async () => {
    const bytes = variant(fixture('html/layout-combined-column.html'), 'download');
    const { body } = await h.analyst.sendFile(bytes, 'Self assessment 2024 – draft.html');
    const res = await h.analyst.fetch(`/api/submissions/${body.id}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=.*filename\*=UTF-8''Self%20assessment%202024%20%E2%80%93%20draft\.html$/);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('records corrections with before/after, keeps them through a re-parse, and locks landlord users out after confirmation', async () => {
    const { body } = await h.lewisham.sendFile(variant(fixture('corpus/004_f04719c660cefd4a.txt'), 'review'), 'lewisham.txt', {
      assessmentYear: 2032,
    });
    const parsed = await h.lewisham.waitFor(body.id, ['parsed']);
    const target = parsed.answers[3]!;
    const newStatus = target.status === 'no' ? 'yes' : 'no';
    const corrected = await h.lewisham.send<AnswerDto>('PATCH', `/submissions/${body.id}/answers/${target.id}`, { status: newStatus });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ id: target.id, status: newStatus, corrected: true });
    const [audit] = await db.query(
      `SELECT actor_email, before, after FROM audit_events WHERE action = 'answer.correct' AND entity_id = $1`,
      [target.id],
    );
    expect(audit).toMatchObject({
      actor_email: 'ingest-lewisham@example.org',
      before: { status: target.status },
      after: { status: newStatus },
    });

    const reprocess = await h.analyst.send<{ generation: number }>('POST', `/submissions/${body.id}/reprocess`);
    expect(reprocess.status).toBe(202);
    expect(reprocess.body.generation).toBe(2);
    await waitFor(async () => {
      const d = await h.analyst.detail(body.id);
      return d.status === 'parsed' && d.progress === 100 ? d : undefined;
    });
    const reparsed = await h.analyst.detail(body.id);
    const again = reparsed.answers.find((a) => a.position === target.position)!;
    expect(again).toMatchObject({ status: newStatus, corrected: true });

    const confirmed = await h.lewisham.send('POST', `/submissions/${body.id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'accepted' });
    // A re-parse replaces the answer rows (delete + insert): address the answer by its new id.
    const locked = await h.lewisham.send('PATCH', `/submissions/${body.id}/answers/${again.id}`, { status: 'partial' });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('submission_confirmed');
    const byAnalyst = await h.analyst.send<AnswerDto>('PATCH', `/submissions/${body.id}/answers/${again.id}`, { status: 'partial' });
    expect(byAnalyst.status).toBe(200);
    expect(byAnalyst.body.status).toBe('partial');
    const [upload] = await db.query(`SELECT after FROM audit_events WHERE action = 'submission.upload' AND entity_id = $1`, [body.id]);
    expect(upload.after).toMatchObject({ format: 'text', duplicate: false });
  });

  it('offers a re-parse of a confirmed submission as a diff to accept or reject', async () => {
    const { body } = await h.analyst.sendFile(variant(fixture('corpus/003_c12ef68dc0e349cb.txt'), 'diff'), 'whg.txt', {
      assessmentYear: 2033,
    });
    await h.analyst.waitFor(body.id, ['parsed']);
    await h.analyst.send('POST', `/submissions/${body.id}/confirm`);
    // Pretend an older parser read the first answer differently.
    await db.query(
      `UPDATE answers SET status = 'unknown', parsed_status = 'unknown' WHERE submission_id = $1 AND position = 0`,
      [body.id],
    );
    await db.query(`UPDATE submissions SET parser_version = 'older' WHERE id = $1`, [body.id]);

    const none = await h.analyst.send('GET', `/submissions/${body.id}/reparse-diff`);
    expect(none.status).toBe(404);
    await h.analyst.send('POST', `/submissions/${body.id}/reprocess`);
    const diff = await waitFor(async () => {
      const res = await h.analyst.send<ReparseDiffDto>('GET', `/submissions/${body.id}/reparse-diff`);
      return res.status === 200 ? res.body : undefined;
    });
    expect(diff.currentParserVersion).toBe('older');
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({ kind: 'changed', fields: ['status'], before: { status: 'unknown' } });
    const untouched = await h.analyst.detail(body.id);
    expect(untouched).toMatchObject({ status: 'accepted', parserVersion: 'older', reparseDiffPending: true });
    expect(untouched.answers[0]!.status).toBe('unknown');

    const accepted = await h.analyst.send('POST', `/submissions/${body.id}/reparse-diff/accept`);
    expect(accepted.body).toMatchObject({ resolution: 'accepted', parserVersion: diff.proposedParserVersion });
    const after = await h.analyst.detail(body.id);
    expect(after).toMatchObject({ status: 'accepted', parserVersion: diff.proposedParserVersion, reparseDiffPending: false });
    expect(after.answers[0]!.status).toBe(diff.changes[0]!.after!.status);
    expect((await h.analyst.send('POST', `/submissions/${body.id}/reparse-diff/reject`)).status).toBe(404);
  });

  it('supersedes an earlier upload for the same landlord and year once the later one parses', async () => {
    const first = await h.analyst.sendFile(variant(fixture('corpus/000_d005444fd84a3908.txt'), 'rev-1'), 'wf-v1.txt', {
      landlordId: h.landlords.waltham,
      assessmentYear: 2034,
    });
    await h.analyst.waitFor(first.body.id, ['parsed']);
    const second = await h.analyst.sendFile(variant(fixture('corpus/000_d005444fd84a3908.txt'), 'rev-2'), 'wf-v2.txt', {
      landlordId: h.landlords.waltham,
      assessmentYear: 2034,
    });
    await h.analyst.waitFor(second.body.id, ['parsed']);
    const older = await h.analyst.detail(first.body.id);
    expect(older).toMatchObject({ superseded: true, supersededById: second.body.id });
    expect((await h.analyst.detail(second.body.id)).superseded).toBe(false);
    const confirm = await h.analyst.send('POST', `/submissions/${first.body.id}/confirm`);
    expect(confirm.status).toBe(409);
  });

  it('lets an analyst assign the landlord of a submission that needs review', async () => {
    const { body } = await h.analyst.sendFile(variant(fixture('html/layout-thead-spans.html'), 'assign'), 'n.html');
    const review = await h.analyst.waitFor(body.id, ['needs_review']);
    const assigned = await h.analyst.send('PATCH', `/submissions/${body.id}`, { landlordId: h.landlords.kingston });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'parsed', landlordId: h.landlords.kingston, assessmentYear: review.assessmentYear });
    expect((await h.lewisham.send('PATCH', `/submissions/${body.id}`, { assessmentYear: 2024 })).status).toBe(404);
  });

  it("lets a landlord user correct the year of its own submission until it is confirmed, but never move it", async () => {
    const { body } = await h.lewisham.sendFile(variant(fixture('corpus/004_f04719c660cefd4a.txt'), 'year'), 'l.txt');
    const parsed = await h.lewisham.waitFor(body.id, ['parsed']);
    const corrected = await h.lewisham.send('PATCH', `/submissions/${body.id}`, { assessmentYear: parsed.assessmentYear! - 1 });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ assessmentYear: parsed.assessmentYear! - 1, landlordId: h.landlords.lewisham });
    const moved = await h.lewisham.send('PATCH', `/submissions/${body.id}`, { landlordId: h.landlords.octavia });
    expect(moved.status).toBe(403);
    expect((await h.lewisham.send('POST', `/submissions/${body.id}/confirm`)).status).toBe(200);
    const afterConfirm = await h.lewisham.send('PATCH', `/submissions/${body.id}`, { assessmentYear: 2020 });
    expect(afterConfirm.status).toBe(409);
  });

  it.skipIf(!existsSync(REPROCESS_CLI))('re-parses stored originals from the command line', async () => {
    const { body } = await h.analyst.sendFile(variant(fixture('corpus/001_95dbe0d9508a35d5.txt'), 'cli'), 'o.txt');
    const before = await h.analyst.waitFor(body.id, ['parsed']);
    const { stdout } = await promisify(execFile)(process.execPath, [REPROCESS_CLI, '--id', body.id], {
      env: { ...process.env, ...testEnv() },
    });
    expect(stdout).toContain('Requested a re-parse of 1 submission(s)');
    const [row] = await waitFor(async () => {
      const rows: { parse_generation: number; parsed_generation: number }[] = await db.query(
        'SELECT parse_generation, parsed_generation FROM submissions WHERE id = $1',
        [body.id],
      );
      return rows[0]!.parsed_generation === 2 ? rows : undefined;
    });
    expect(row).toEqual({ parse_generation: 2, parsed_generation: 2 });
    const after = await h.analyst.detail(body.id);
    expect(after.answers.map((a) => a.status)).toEqual(before.answers.map((a) => a.status));
  });

  it('shows Bull Board to admins only', async () => {
    expect((await h.admin.fetch('/admin/queues', { headers: { accept: 'text/html' } })).status).toBe(200);
    const api = await h.admin.fetch('/admin/queues/api/queues');
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('submission-parse');
    expect((await h.analyst.fetch('/admin/queues/api/queues')).status).toBe(403);
    expect((await ApiSession.anonymous(h.base).fetch('/admin/queues/api/queues')).status).toBe(401);
  });

  it('reports job outcomes of the last hour in /api/health', async () => {
    const health = await waitFor(async () => {
      const res = await fetch(`${h.base}/api/health`);
      const body = (await res.json()) as HealthResponse;
      const parse = body.queues?.find((q) => q.name === 'submission-parse');
      return parse?.lastHour && parse.lastHour.completed > 0 ? body : undefined;
    });
    expect(health.outboxPending).toBe(0);
  });

  it('documents every submissions endpoint in OpenAPI', async () => {
    const spec = (await (await fetch(`${h.base}/api/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.keys(spec.paths).filter((p) => p.startsWith('/api/submissions'));
    expect(paths.sort()).toEqual(
      [
        '/api/submissions',
        '/api/submissions/{id}',
        '/api/submissions/{id}/answers/{answerId}',
        '/api/submissions/{id}/confirm',
        '/api/submissions/{id}/events',
        '/api/submissions/{id}/file',
        '/api/submissions/{id}/reparse-diff',
        '/api/submissions/{id}/reparse-diff/accept',
        '/api/submissions/{id}/reparse-diff/reject',
        '/api/submissions/{id}/reprocess',
      ].sort(),
    );
  });
});
