import type { EntityManager } from 'typeorm';
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

/**
 * Replaces every answer of a submission (delete + insert); call inside the transaction that owns the submission
 * row lock. The rows travel as one JSON parameter and are unpacked by PostgreSQL: one round trip, little client work.
 */
export async function replaceAnswers(manager: EntityManager, submissionId: string, rows: readonly AnswerInsert[]): Promise<void> {
  await manager.query('DELETE FROM answers WHERE submission_id = $1', [submissionId]);
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO answers (submission_id, position, provision, parsed_provision, canonical_provisions, canonical_links, status,
       parsed_status, status_raw, requirement, evidence, commentary, confidence, flags, source, corrected_at, corrected_by)
     SELECT $1, r.position, r.provision, r.parsed_provision,
            ARRAY(SELECT jsonb_array_elements_text(r.canonical_provisions)), r.canonical_links, r.status,
            r.parsed_status, r.status_raw, r.requirement, r.evidence, r.commentary, r.confidence, r.flags, r.source,
            r.corrected_at, r.corrected_by
     FROM jsonb_to_recordset($2::jsonb) AS r(
       position int, provision text, parsed_provision text, canonical_provisions jsonb, canonical_links jsonb, status text,
       parsed_status text, status_raw text, requirement text, evidence text, commentary text, confidence real, flags jsonb,
       source jsonb, corrected_at timestamptz, corrected_by uuid)`,
    [
      submissionId,
      JSON.stringify(
        rows.map((row) => ({
          position: row.position,
          provision: row.provision,
          parsed_provision: row.parsedProvision,
          canonical_provisions: row.canonicalProvisions,
          canonical_links: row.canonicalLinks,
          status: row.status,
          parsed_status: row.parsedStatus,
          status_raw: row.statusRaw,
          requirement: row.requirement,
          evidence: row.evidence,
          commentary: row.commentary,
          confidence: row.confidence,
          flags: row.flags,
          source: row.source,
          corrected_at: row.correctedAt,
          corrected_by: row.correctedBy,
        })),
      ),
    ],
  );
}
