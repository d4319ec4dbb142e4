import type { AnswerStatus, SubmissionStatus } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { canonicalLinksFor, countAnswers, effectiveRows } from '../ingestion/answer-rows';
import { answerRowSchema, type AnswerSnapshot } from '../rows/answer.row';
import { answerChangeSchema, reparseProposalSchema } from '../rows/reparse-diff.row';
import { submissionRowSchema, submissionStatusSchema } from '../rows/submission.row';
import { refreshCountingForSubmission } from './analytics/counting';
import { loadOverrides, replaceAnswers } from './answer-writes';
import { writeConsistencyFlags } from './checks/flag-writes';
import { selectRows } from './sql';
import { supersedeEarlier } from './supersede';

export interface AnswerCorrection {
  status?: AnswerStatus;
  provision?: string;
  /** null restores what the parser read. */
  evidence?: string | null;
  commentary?: string | null;
}

export type CorrectionResult =
  | { ok: true; before: AnswerSnapshot; after: AnswerSnapshot }
  | { ok: false; reason: 'not_found' | 'confirmed' | 'not_parsed' };

export type ConfirmResult =
  | { ok: true; status: SubmissionStatus }
  | { ok: false; reason: 'not_found' | 'not_ready' | 'superseded' | 'needs_landlord_and_year'; status?: SubmissionStatus };

const pendingDiffSchema = z.object({
  id: z.string(),
  submissionId: z.string(),
  generation: z.number(),
  parserVersion: z.string(),
  changes: z.array(answerChangeSchema),
  createdAt: z.date(),
});
export type PendingDiff = z.output<typeof pendingDiffSchema>;

const correctedAnswerSchema = answerRowSchema.pick({
  position: true,
  provision: true,
  parsedProvision: true,
  status: true,
  parsedStatus: true,
  evidence: true,
  commentary: true,
  parsedEvidence: true,
  parsedCommentary: true,
});

export type ResolveDiffResult = { ok: true; resolution: 'accepted' | 'rejected'; parserVersion: string } | { ok: false };

const CORRECTABLE: SubmissionStatus[] = ['parsed', 'needs_review', 'accepted'];

/** Human review of parsed submissions: corrections (kept as overrides), confirmation, re-parse diffs. */
/** A submission's row locked for the rest of the transaction: what confirming or assigning it decides on. */
async function lockSubmission(manager: EntityManager, submissionId: string) {
  const [row] = await selectRows(
    manager,
    `SELECT status, landlord_id AS "landlordId", assessment_year AS "assessmentYear",
            superseded_by_id AS "supersededById", created_at AS "createdAt"
       FROM submissions WHERE id = $1 FOR UPDATE`,
    [submissionId],
    submissionRowSchema.pick({ status: true, landlordId: true, assessmentYear: true, supersededById: true, createdAt: true }),
  );
  return row;
}

@Injectable()
export class ReviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Corrects one answer: the override (keyed by provision-as-parsed and position, so it survives re-parsing)
   * and the effective answer change together. Setting a value back to what the parser read removes that part
   * of the override. `allowConfirmed` false refuses once the submission is accepted.
   */
  async correctAnswer(
    submissionId: string,
    answerId: string,
    correction: AnswerCorrection,
    userId: string | null,
    options: { allowConfirmed: boolean },
  ): Promise<CorrectionResult> {
    return this.dataSource.transaction(async (manager) => {
      const [submission] = await selectRows(
        manager,
        'SELECT status, code_version AS "codeVersion" FROM submissions WHERE id = $1 FOR UPDATE',
        [submissionId],
        z.object({ status: submissionStatusSchema, codeVersion: z.string().nullable() }),
      );
      if (!submission) return { ok: false, reason: 'not_found' };
      if (!CORRECTABLE.includes(submission.status)) return { ok: false, reason: 'not_parsed' };
      if (submission.status === 'accepted' && !options.allowConfirmed) return { ok: false, reason: 'confirmed' };
      const [answer] = await selectRows(
        manager,
        `SELECT position, provision, parsed_provision AS "parsedProvision", status, parsed_status AS "parsedStatus", evidence,
                commentary, parsed_evidence AS "parsedEvidence", parsed_commentary AS "parsedCommentary"
         FROM answers WHERE id = $1 AND submission_id = $2`,
        [answerId, submissionId],
        correctedAnswerSchema,
      );
      if (!answer) return { ok: false, reason: 'not_found' };
      const { parsedProvision, parsedStatus, parsedEvidence, parsedCommentary, position } = answer;
      const before: AnswerSnapshot = {
        provision: answer.provision,
        status: answer.status,
        evidence: answer.evidence,
        commentary: answer.commentary,
      };
      const after: AnswerSnapshot = {
        provision: correction.provision ?? before.provision,
        status: correction.status ?? before.status,
        evidence: correction.evidence === null ? parsedEvidence : (correction.evidence ?? before.evidence),
        commentary: correction.commentary === null ? parsedCommentary : (correction.commentary ?? before.commentary),
      };
      const { provision, status } = after;
      const differs = <T>(value: T, parsed: T): T | null => (value === parsed ? null : value);
      const override = {
        provision: differs(provision, parsedProvision),
        status: differs(status, parsedStatus),
        evidence: differs(after.evidence, parsedEvidence),
        commentary: differs(after.commentary, parsedCommentary),
      };
      const corrected = Object.values(override).some((value) => value !== null);

      if (!corrected) {
        await manager.query('DELETE FROM answer_overrides WHERE submission_id = $1 AND parsed_provision = $2 AND position = $3', [
          submissionId,
          parsedProvision,
          position,
        ]);
      } else {
        await manager.query(
          `INSERT INTO answer_overrides (submission_id, parsed_provision, position, status, provision, evidence, commentary, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (submission_id, parsed_provision, position)
           DO UPDATE SET status = EXCLUDED.status, provision = EXCLUDED.provision, evidence = EXCLUDED.evidence,
             commentary = EXCLUDED.commentary, created_by = EXCLUDED.created_by, updated_at = now()`,
          [submissionId, parsedProvision, position, override.status, override.provision, override.evidence, override.commentary, userId],
        );
      }
      const links = canonicalLinksFor(submission.codeVersion, provision);
      await manager.query(
        `UPDATE answers SET status = $2, provision = $3, canonical_links = $4, canonical_provisions = $5, evidence = $8, commentary = $9,
           corrected_at = CASE WHEN $6 THEN now() ELSE NULL END, corrected_by = CASE WHEN $6 THEN $7::uuid ELSE NULL END
         WHERE id = $1`,
        [answerId, status, provision, JSON.stringify(links), links.map((l) => l.provision), corrected, userId, after.evidence, after.commentary],
      );
      await this.recount(manager, submissionId);
      await refreshCountingForSubmission(manager, submissionId);
      await writeConsistencyFlags(manager, submissionId);
      return { ok: true, before, after };
    });
  }

  /** Marks a parsed submission `accepted` (confirmed by its landlord or an analyst). */
  async confirm(submissionId: string, userId: string | null): Promise<ConfirmResult> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockSubmission(manager, submissionId);
      if (!row) return { ok: false, reason: 'not_found' };
      if (row.status === 'accepted') return { ok: true, status: 'accepted' };
      if (row.status !== 'parsed' && row.status !== 'needs_review') return { ok: false, reason: 'not_ready', status: row.status };
      if (!row.landlordId || !row.assessmentYear) return { ok: false, reason: 'needs_landlord_and_year', status: row.status };
      if (row.supersededById) return { ok: false, reason: 'superseded', status: row.status };
      await manager.query(
        `UPDATE submissions SET status = 'accepted', confirmed_at = now(), confirmed_by = $2 WHERE id = $1`,
        [submissionId, userId],
      );
      await refreshCountingForSubmission(manager, submissionId);
      return { ok: true, status: 'accepted' };
    });
  }

  /**
   * Sets the landlord and/or year an analyst resolved. A `needs_review` submission that now has both becomes
   * `parsed` and supersedes earlier uploads for that landlord and year.
   */
  async assign(
    submissionId: string,
    change: { landlordId?: string; assessmentYear?: number },
  ): Promise<{ ok: true; status: SubmissionStatus } | { ok: false; reason: 'not_found' | 'confirmed' }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await lockSubmission(manager, submissionId);
      if (!row) return { ok: false, reason: 'not_found' };
      if (row.status === 'accepted') return { ok: false, reason: 'confirmed' };
      const landlordId = change.landlordId ?? row.landlordId;
      const assessmentYear = change.assessmentYear ?? row.assessmentYear;
      const status: SubmissionStatus = row.status === 'needs_review' && landlordId && assessmentYear ? 'parsed' : row.status;
      await manager.query('UPDATE submissions SET landlord_id = $2, assessment_year = $3, status = $4 WHERE id = $1', [
        submissionId,
        landlordId,
        assessmentYear,
        status,
      ]);
      if (status === 'parsed' && landlordId && assessmentYear) {
        await supersedeEarlier(manager, { id: submissionId, landlordId, assessmentYear, createdAt: row.createdAt });
      }
      await refreshCountingForSubmission(manager, submissionId);
      return { ok: true, status };
    });
  }

  async pendingDiff(submissionId: string): Promise<PendingDiff | null> {
    const [row] = await selectRows(
      this.dataSource.manager,
      `SELECT id, submission_id AS "submissionId", generation, parser_version AS "parserVersion", changes, created_at AS "createdAt"
       FROM reparse_diffs WHERE submission_id = $1 AND resolved_at IS NULL`,
      [submissionId],
      pendingDiffSchema,
    );
    return row ?? null;
  }

  /** Accepting replaces the answers with the re-parse's (corrections re-applied) in one transaction; rejecting keeps them. */
  async resolveDiff(submissionId: string, accept: boolean, userId: string | null): Promise<ResolveDiffResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM submissions WHERE id = $1 FOR UPDATE', [submissionId]);
      const [diff] = await selectRows(
        manager,
        'SELECT id, proposed, parser_version AS "parserVersion" FROM reparse_diffs WHERE submission_id = $1 AND resolved_at IS NULL FOR UPDATE',
        [submissionId],
        z.object({ id: z.string(), proposed: reparseProposalSchema, parserVersion: z.string() }),
      );
      if (!diff) return { ok: false };
      await manager.query(
        `UPDATE reparse_diffs SET resolved_at = now(), resolution = $2, resolved_by = $3 WHERE id = $1`,
        [diff.id, accept ? 'accepted' : 'rejected', userId],
      );
      if (!accept) return { ok: true, resolution: 'rejected', parserVersion: diff.parserVersion };
      const { submission, answers } = diff.proposed;
      const overrides = await loadOverrides(manager, submissionId);
      const rows = effectiveRows(submission.codeVersion, answers, overrides);
      await replaceAnswers(manager, submissionId, rows);
      await manager.query(
        `UPDATE submissions SET code_version = $2, parser_version = $3, detected_landlord_name = $4, detected_year = $5,
           detected_date = $6, warnings = $7, counts = $8, error_code = NULL, error_message = NULL
         WHERE id = $1`,
        [
          submissionId,
          submission.codeVersion,
          submission.parserVersion,
          submission.detectedLandlordName,
          submission.detectedYear,
          submission.detectedDate,
          JSON.stringify(submission.warnings),
          JSON.stringify(countAnswers(rows)),
        ],
      );
      await refreshCountingForSubmission(manager, submissionId);
      await writeConsistencyFlags(manager, submissionId);
      return { ok: true, resolution: 'accepted', parserVersion: diff.parserVersion };
    });
  }

  private async recount(manager: EntityManager, submissionId: string): Promise<void> {
    const rows = await selectRows(
      manager,
      'SELECT status, flags, corrected_at AS "correctedAt" FROM answers WHERE submission_id = $1',
      [submissionId],
      answerRowSchema.pick({ status: true, flags: true, correctedAt: true }),
    );
    const counts = countAnswers(rows);
    await manager.query('UPDATE submissions SET counts = $2 WHERE id = $1', [submissionId, JSON.stringify(counts)]);
  }

}
