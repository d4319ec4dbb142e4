import type { SubmissionStatus } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { countAnswers, diffAnswers, effectiveRows } from '../ingestion/answer-rows';
import { type AnswerInsert, answerRowSchema, type ParsedAnswerRow } from '../rows/answer.row';
import { type ParsedSubmissionFields, storedFileContentSchema, submissionStatusSchema } from '../rows/submission.row';
import { refreshCountingForSubmission } from './analytics/counting';
import { loadOverrides, replaceAnswers } from './answer-writes';
import { selectRows } from './sql';
import { supersedeEarlier } from './supersede';

const toParseRowSchema = z.object({
  id: z.string(),
  status: submissionStatusSchema,
  landlordId: z.string().nullable(),
  assessmentYear: z.number().nullable(),
  parseGeneration: z.number(),
  parsedGeneration: z.number(),
  ...storedFileContentSchema.shape,
});

export interface SubmissionToParse extends Omit<z.output<typeof toParseRowSchema>, keyof z.output<typeof storedFileContentSchema>> {
  file: z.output<typeof storedFileContentSchema>;
}

const generationsSchema = z.object({ parseGeneration: z.number(), parsedGeneration: z.number() });
const comparedAnswerSchema = answerRowSchema.pick({ parsedProvision: true, provision: true, status: true, evidence: true, commentary: true });

/** Why a parse attempt may not go ahead: a newer generation was requested, or this one is already applied. */
export type ParseGate = 'go' | 'stale' | 'done' | 'missing';

export interface ParseOutcome {
  submission: ParsedSubmissionFields;
  answers: ParsedAnswerRow[];
  /** Resolved landlord and year (explicit ones win; the worker decides). */
  landlordId: string | null;
  assessmentYear: number | null;
  /** Hold the submission in `needs_review` even with a landlord and year (e.g. the document names another landlord). */
  holdForReview?: boolean;
}

export type ApplyResult =
  | { applied: true; status: SubmissionStatus; diff: 'none' | 'stored' | 'unchanged' }
  | { applied: false; reason: Exclude<ParseGate, 'go'> };

/** Lets tests hold a transaction open to prove that a killed worker leaves nothing half-written. */
export type InTransactionHook = (manager: EntityManager) => Promise<void>;

/** The worker's side of a submission: everything a parse attempt reads and writes, guarded by its generation. */
@Injectable()
export class ParseResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async load(id: string): Promise<SubmissionToParse | null> {
    const [row] = await selectRows(
      this.dataSource.manager,
      `SELECT s.id, s.status, s.landlord_id AS "landlordId", s.assessment_year AS "assessmentYear",
              s.parse_generation AS "parseGeneration", s.parsed_generation AS "parsedGeneration",
              f.bytes, f.media_type AS "mediaType", f.format, f.original_name AS "originalName"
       FROM submissions s JOIN stored_files f ON f.id = s.file_id WHERE s.id = $1`,
      [id],
      toParseRowSchema,
    );
    if (!row) return null;
    const { bytes, mediaType, format, originalName, ...submission } = row;
    return { ...submission, file: { bytes, mediaType, format, originalName } };
  }

  /** Marks the submission `parsing` if this generation is the current, unapplied one (a confirmed one stays `accepted`). */
  async begin(id: string, generation: number): Promise<ParseGate> {
    const updated = await selectRows(
      this.dataSource.manager,
      `UPDATE submissions SET status = CASE WHEN status = 'accepted' THEN status ELSE 'parsing' END, progress = 5
       WHERE id = $1 AND parse_generation = $2 AND parsed_generation < $2 RETURNING id`,
      [id, generation],
      z.object({ id: z.string() }),
    );
    if (updated.length) return 'go';
    return this.gate(this.dataSource.manager, id, generation);
  }

  async progress(id: string, generation: number, progress: number): Promise<void> {
    await this.dataSource.query(
      'UPDATE submissions SET progress = $3 WHERE id = $1 AND parse_generation = $2 AND parsed_generation < $2',
      [id, generation, Math.max(0, Math.min(100, Math.round(progress)))],
    );
  }

  /**
   * Writes one attempt's result in ONE transaction, replacing any earlier attempt's answers (delete + insert)
   * with human corrections re-applied. The row lock and the generation check make a stale attempt (one a newer
   * re-parse overtook) a no-op. A confirmed submission keeps its answers: a differing re-parse is stored as a diff.
   */
  async apply(id: string, generation: number, outcome: ParseOutcome, hook?: InTransactionHook): Promise<ApplyResult> {
    return this.dataSource.transaction(async (manager) => {
      const [current] = await selectRows(
        manager,
        'SELECT status, created_at AS "createdAt" FROM submissions WHERE id = $1 FOR UPDATE',
        [id],
        z.object({ status: submissionStatusSchema, createdAt: z.date() }),
      );
      const gate = await this.gate(manager, id, generation);
      if (!current || gate !== 'go') return { applied: false, reason: gate === 'go' ? 'missing' : gate };

      const overrides = await loadOverrides(manager, id);
      const rows = effectiveRows(outcome.submission.codeVersion, outcome.answers, overrides);
      const counts = countAnswers(rows);
      const fields = outcome.submission;

      if (current.status === 'accepted') {
        const diff = await this.storeDiffIfChanged(manager, id, generation, outcome, rows);
        await manager.query(
          `UPDATE submissions SET parsed_generation = $2, progress = 100,
             parser_version = CASE WHEN $3 THEN $4 ELSE parser_version END
           WHERE id = $1`,
          [id, generation, diff === 'unchanged', fields.parserVersion],
        );
        if (hook) await hook(manager);
        return { applied: true, status: 'accepted', diff };
      }

      const status: SubmissionStatus =
        outcome.landlordId && outcome.assessmentYear && !outcome.holdForReview ? 'parsed' : 'needs_review';
      await replaceAnswers(manager, id, rows);
      await manager.query(
        `UPDATE submissions SET status = $3, progress = 100, landlord_id = $4, assessment_year = $5, code_version = $6,
           parser_version = $7, detected_landlord_name = $8, detected_year = $9, detected_date = $10, warnings = $11,
           counts = $12, error_code = NULL, error_message = NULL, parsed_at = now(), parsed_generation = $2
         WHERE id = $1`,
        [
          id,
          generation,
          status,
          outcome.landlordId,
          outcome.assessmentYear,
          fields.codeVersion,
          fields.parserVersion,
          fields.detectedLandlordName,
          fields.detectedYear,
          fields.detectedDate,
          JSON.stringify(fields.warnings),
          JSON.stringify(counts),
        ],
      );
      await this.supersedeIfCurrent(manager, id, status, outcome.landlordId, outcome.assessmentYear, current.createdAt);
      await refreshCountingForSubmission(manager, id);
      if (hook) await hook(manager);
      return { applied: true, status, diff: 'none' };
    });
  }

  /**
   * Records a permanent failure for this generation: status `failed` with a code and a message the uploader
   * can act on, and no answers. A confirmed submission keeps its answers and status; the error is noted on it.
   */
  async fail(id: string, generation: number, errorCode: string, errorMessage: string): Promise<ApplyResult> {
    return this.dataSource.transaction(async (manager) => {
      const [current] = await selectRows(
        manager,
        'SELECT status FROM submissions WHERE id = $1 FOR UPDATE',
        [id],
        z.object({ status: submissionStatusSchema }),
      );
      const gate = await this.gate(manager, id, generation);
      if (!current || gate !== 'go') return { applied: false, reason: gate === 'go' ? 'missing' : gate };
      const status: SubmissionStatus = current.status === 'accepted' ? 'accepted' : 'failed';
      if (status === 'failed') await manager.query('DELETE FROM answers WHERE submission_id = $1', [id]);
      await manager.query(
        `UPDATE submissions SET status = $3, progress = 100, error_code = $4, error_message = $5, parsed_generation = $2,
           counts = CASE WHEN $3 = 'failed' THEN NULL ELSE counts END
         WHERE id = $1`,
        [id, generation, status, errorCode, errorMessage],
      );
      await refreshCountingForSubmission(manager, id);
      return { applied: true, status, diff: 'none' };
    });
  }

  private async gate(manager: EntityManager, id: string, generation: number): Promise<ParseGate> {
    const [row] = await selectRows(
      manager,
      'SELECT parse_generation AS "parseGeneration", parsed_generation AS "parsedGeneration" FROM submissions WHERE id = $1',
      [id],
      generationsSchema,
    );
    if (!row) return 'missing';
    if (row.parseGeneration > generation) return 'stale';
    if (row.parsedGeneration >= generation) return 'done';
    return 'go';
  }


  private async storeDiffIfChanged(
    manager: EntityManager,
    id: string,
    generation: number,
    outcome: ParseOutcome,
    rows: AnswerInsert[],
  ): Promise<'stored' | 'unchanged'> {
    const before = await selectRows(
      manager,
      `SELECT parsed_provision AS "parsedProvision", provision, status, evidence, commentary
       FROM answers WHERE submission_id = $1 ORDER BY position`,
      [id],
      comparedAnswerSchema,
    );
    const changes = diffAnswers(before, rows);
    await manager.query('DELETE FROM reparse_diffs WHERE submission_id = $1 AND resolved_at IS NULL', [id]);
    if (changes.length === 0) return 'unchanged';
    await manager.query(
      `INSERT INTO reparse_diffs (submission_id, generation, parser_version, changes, proposed) VALUES ($1, $2, $3, $4, $5)`,
      [
        id,
        generation,
        outcome.submission.parserVersion,
        JSON.stringify(changes),
        JSON.stringify({ submission: outcome.submission, answers: outcome.answers }),
      ],
    );
    return 'stored';
  }

  private async supersedeIfCurrent(
    manager: EntityManager,
    id: string,
    status: SubmissionStatus,
    landlordId: string | null,
    assessmentYear: number | null,
    createdAt: Date,
  ): Promise<void> {
    if (status !== 'parsed' || !landlordId || !assessmentYear) return;
    await supersedeEarlier(manager, { id, landlordId, assessmentYear, createdAt });
  }
}
