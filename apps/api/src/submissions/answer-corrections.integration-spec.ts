import type { AnswerDto } from '@app/contracts';
import { waitFor } from '@app/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, type Harness, startHarness, variant } from './ingestion.test-support';

describe('corrections of evidence and commentary (real PostgreSQL, Redis and worker process)', () => {
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

  it('stores, audits and keeps them through a re-parse; sending the parser text back removes the correction', async () => {
    const { body } = await h.lewisham.sendFile(variant(fixture('corpus/004_f04719c660cefd4a.txt'), 'evidence'), 'lewisham.txt', {
      assessmentYear: 2033,
    });
    const parsed = await h.lewisham.waitFor(body.id, ['parsed']);
    const target = parsed.answers[2]!;
    const change = { evidence: 'Complaints policy, section 4 (corrected)', commentary: 'Reviewed by the board in March.' };

    const corrected = await h.lewisham.send<AnswerDto>('PATCH', `/submissions/${body.id}/answers/${target.id}`, change);
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ id: target.id, ...change, status: target.status, corrected: true });
    const [audit] = await db.query(`SELECT before, after FROM audit_events WHERE action = 'answer.correct' AND entity_id = $1`, [target.id]);
    expect(audit).toMatchObject({
      before: { evidence: target.evidence, commentary: target.commentary },
      after: change,
    });

    await h.analyst.send('POST', `/submissions/${body.id}/reprocess`);
    const reparsed = await waitFor(async () => {
      const d = await h.analyst.detail(body.id);
      return d.status === 'parsed' && d.progress === 100 && d.answers.length ? d : undefined;
    });
    const again = reparsed.answers.find((a) => a.position === target.position)!;
    expect(again).toMatchObject({ ...change, corrected: true });

    const partly = await h.lewisham.send<AnswerDto>('PATCH', `/submissions/${body.id}/answers/${again.id}`, { commentary: null });
    expect(partly.body).toMatchObject({ evidence: change.evidence, commentary: target.commentary, corrected: true });
    const undone = await h.lewisham.send<AnswerDto>('PATCH', `/submissions/${body.id}/answers/${again.id}`, {
      evidence: target.evidence,
    });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ evidence: target.evidence, commentary: target.commentary, corrected: false });
    const [overrides] = await db.query('SELECT count(*)::int AS n FROM answer_overrides WHERE submission_id = $1', [body.id]);
    expect(overrides.n).toBe(0);
  });
});
