import { ANSWER_STATUSES } from '@app/contracts';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { OverrideInput } from '../ingestion/answer-rows';
import type { AnswerInsert } from '../rows/answer.row';
import { selectRows } from './sql';

const overrideRowSchema = z.object({
  parsedProvision: z.string(),
  position: z.number(),
  status: z.enum(ANSWER_STATUSES).nullable(),
  provision: z.string().nullable(),
  createdBy: z.string().nullable(),
  updatedAt: z.date(),
}) satisfies z.ZodType<OverrideInput>;

/** The human corrections of one submission. */
export async function loadOverrides(manager: EntityManager, submissionId: string): Promise<OverrideInput[]> {
  return selectRows(
    manager,
    `SELECT parsed_provision AS "parsedProvision", position, status, provision, created_by AS "createdBy", updated_at AS "updatedAt"
     FROM answer_overrides WHERE submission_id = $1`,
    [submissionId],
    overrideRowSchema,
  );
}

/**
 * Replaces every answer of a submission (delete + insert); call inside the transaction that owns the submission
 * row lock. The rows travel as one JSON parameter (their own camelCase keys) and are unpacked by PostgreSQL:
 * one round trip, little client work.
 */
export async function replaceAnswers(manager: EntityManager, submissionId: string, rows: readonly AnswerInsert[]): Promise<void> {
  await manager.query('DELETE FROM answers WHERE submission_id = $1', [submissionId]);
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO answers (submission_id, position, provision, parsed_provision, canonical_provisions, canonical_links, status,
       parsed_status, status_raw, requirement, evidence, commentary, confidence, flags, source, corrected_at, corrected_by)
     SELECT $1, r.position, r.provision, r."parsedProvision",
            ARRAY(SELECT jsonb_array_elements_text(r."canonicalProvisions")), r."canonicalLinks", r.status,
            r."parsedStatus", r."statusRaw", r.requirement, r.evidence, r.commentary, r.confidence, r.flags, r.source,
            r."correctedAt", r."correctedBy"
     FROM jsonb_to_recordset($2::jsonb) AS r(
       position int, provision text, "parsedProvision" text, "canonicalProvisions" jsonb, "canonicalLinks" jsonb, status text,
       "parsedStatus" text, "statusRaw" text, requirement text, evidence text, commentary text, confidence real, flags jsonb,
       source jsonb, "correctedAt" timestamptz, "correctedBy" uuid)`,
    [submissionId, JSON.stringify(rows)],
  );
}
