import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { lockKey, selectRows } from './sql';

/**
 * Keeps one current submission per landlord and year: a later upload supersedes earlier ones (they are kept,
 * pointing at their successor). Runs inside the transaction that makes `submissionId` parsed; if a later
 * upload already parsed, this one is the superseded one. Serialised per landlord and year.
 */
export async function supersedeEarlier(
  manager: EntityManager,
  submission: { id: string; landlordId: string; assessmentYear: number; createdAt: Date },
): Promise<void> {
  await lockKey(manager, `supersede:${submission.landlordId}:${submission.assessmentYear}`);
  const [newer] = await selectRows(
    manager,
    `SELECT id FROM submissions
     WHERE landlord_id = $1 AND assessment_year = $2 AND id <> $3 AND superseded_by_id IS NULL
       AND status IN ('parsed', 'accepted') AND (created_at, id) > ($4::timestamptz, $3::uuid)
     ORDER BY created_at DESC LIMIT 1`,
    [submission.landlordId, submission.assessmentYear, submission.id, submission.createdAt],
    z.object({ id: z.string() }),
  );
  if (newer) {
    await manager.query('UPDATE submissions SET superseded_by_id = $2 WHERE id = $1', [submission.id, newer.id]);
    return;
  }
  await manager.query('UPDATE submissions SET superseded_by_id = NULL WHERE id = $1 AND superseded_by_id IS NOT NULL', [
    submission.id,
  ]);
  await manager.query(
    `UPDATE submissions SET superseded_by_id = $3
     WHERE landlord_id = $1 AND assessment_year = $2 AND id <> $3 AND superseded_by_id IS NULL
       AND (created_at, id) < ($4::timestamptz, $3::uuid)`,
    [submission.landlordId, submission.assessmentYear, submission.id, submission.createdAt],
  );
}
