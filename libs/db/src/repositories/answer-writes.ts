import type { EntityManager } from 'typeorm';
import { AnswerEntity } from '../entities/answer.entity';
import type { AnswerInsert, OverrideInput } from '../ingestion/answer-rows';
import { queryRows } from './sql';

/** The human corrections of one submission. */
export async function loadOverrides(manager: EntityManager, submissionId: string): Promise<OverrideInput[]> {
  const rows = await queryRows<Record<string, unknown>>(
    manager,
    'SELECT parsed_provision, position, status, provision, created_by, updated_at FROM answer_overrides WHERE submission_id = $1',
    [submissionId],
  );
  return rows.map((r) => ({
    parsedProvision: r['parsed_provision'] as string,
    position: Number(r['position']),
    status: (r['status'] as OverrideInput['status']) ?? null,
    provision: (r['provision'] as string | null) ?? null,
    createdBy: (r['created_by'] as string | null) ?? null,
    updatedAt: r['updated_at'] as Date,
  }));
}

/** Replaces every answer of a submission (delete + insert); call inside the transaction that owns the submission row lock. */
export async function replaceAnswers(manager: EntityManager, submissionId: string, rows: readonly AnswerInsert[]): Promise<void> {
  await manager.query('DELETE FROM answers WHERE submission_id = $1', [submissionId]);
  if (rows.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(AnswerEntity)
    .values(rows.map((row) => ({ submissionId, ...row })))
    .execute();
}
