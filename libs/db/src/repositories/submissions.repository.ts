import type { SubmissionStatus } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { ANSWER_COLUMNS, type AnswerRow, answerRowSchema } from '../rows/answer.row';
import {
  type StoredFileContent,
  storedFileContentSchema,
  SUBMISSION_COLUMNS,
  SUBMISSION_FROM,
  type SubmissionRow,
  submissionRowSchema,
  submissionStatusSchema,
} from '../rows/submission.row';
import { refreshCountingForSubmission } from './analytics/counting';
import { insertOutboxMessage, type OutboxMessageInput } from './outbox.repository';
import { lockKey, pageClause, selectOne, selectRows } from './sql';
import { type FileChunks, insertStoredFile } from './stored-files';

/** A failure on our side (not the document's): uploading the same file again retries it. */
const RETRYABLE_FAILURE = 'processing_failed';

/** Builds the queue message that asks for a parse of one submission's generation. */
export type ParseRequestFor = (submissionId: string, generation: number) => OutboxMessageInput;

export interface NewUpload {
  landlordId: string | null;
  assessmentYear: number | null;
  uploadedBy: string | null;
  sha256: string;
  mediaType: string;
  format: string;
  originalName: string;
  /** The bytes in memory, or chunks of the temporary file an upload was streamed to. */
  bytes: Buffer | FileChunks;
}

export interface UploadResult {
  id: string;
  status: SubmissionStatus;
  duplicate: boolean;
}

export interface SubmissionFilter {
  /** Limits to one landlord (always set for landlord users). */
  landlordId?: string;
  year?: number;
  status?: SubmissionStatus;
}

export type SubmissionProgressRow = z.output<typeof progressRowSchema>;

const progressRowSchema = z.object({
  id: z.string(),
  status: submissionStatusSchema,
  progress: z.number(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  landlordId: z.string().nullable(),
});

const idRow = z.object({ id: z.string() });
const countRow = z.object({ n: z.number() });

/** Submissions as the API reads and creates them. Parse results are written by ParseResultsRepository. */
@Injectable()
export class SubmissionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Stores the original bytes, the submission and the parse request in ONE transaction: once this returns,
   * the upload cannot be lost, whatever happens to Redis or to this process. The same bytes for the same
   * landlord return the current submission instead (`duplicate`), serialised by an advisory lock.
   */
  async createFromUpload(upload: NewUpload, parseRequestFor: ParseRequestFor): Promise<UploadResult> {
    return this.dataSource.transaction(async (manager) => {
      await lockKey(manager, `upload:${upload.landlordId ?? '-'}:${upload.sha256}`);
      const [existing] = await selectRows(
        manager,
        `SELECT id, status, error_code AS "errorCode", parse_generation AS "parseGeneration" FROM submissions
         WHERE sha256 = $1 AND superseded_by_id IS NULL AND ($2::uuid IS NULL OR landlord_id = $2)
         ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [upload.sha256, upload.landlordId],
        z.object({ id: z.string(), status: submissionStatusSchema, errorCode: z.string().nullable(), parseGeneration: z.number() }),
      );
      if (existing && existing.status === 'failed' && existing.errorCode === RETRYABLE_FAILURE) {
        // It failed on our side, not because of the document: uploading it again tries again.
        const generation = existing.parseGeneration + 1;
        await insertOutboxMessage(manager, parseRequestFor(existing.id, generation));
        await manager.query(
          `UPDATE submissions SET status = 'queued', parse_generation = $2, progress = 0, error_code = NULL, error_message = NULL
           WHERE id = $1`,
          [existing.id, generation],
        );
        return { id: existing.id, status: 'queued', duplicate: true };
      }
      if (existing) return { id: existing.id, status: existing.status, duplicate: true };

      const fileId = await insertStoredFile(manager, upload, upload.bytes);
      const { id } = await selectOne(
        manager,
        `INSERT INTO submissions (landlord_id, assessment_year, status, file_id, sha256, uploaded_by)
         VALUES ($1, $2, 'received', $3, $4, $5) RETURNING id`,
        [upload.landlordId, upload.assessmentYear, fileId, upload.sha256, upload.uploadedBy],
        idRow,
      );
      await insertOutboxMessage(manager, parseRequestFor(id, 1));
      await manager.query(`UPDATE submissions SET status = 'queued', parse_generation = 1 WHERE id = $1`, [id]);
      return { id, status: 'queued', duplicate: false };
    });
  }

  /**
   * Asks for a fresh parse of the stored original (a new generation, so a new job id). A confirmed submission
   * stays `accepted`: its re-parse is offered as a diff instead of overwriting the answers.
   */
  async requestReparse(
    id: string,
    parseRequestFor: ParseRequestFor,
  ): Promise<{ id: string; status: SubmissionStatus; generation: number } | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await selectRows(
        manager,
        'SELECT status, parse_generation AS "parseGeneration" FROM submissions WHERE id = $1 FOR UPDATE',
        [id],
        z.object({ status: submissionStatusSchema, parseGeneration: z.number() }),
      );
      if (!row) return null;
      const generation = row.parseGeneration + 1;
      const status: SubmissionStatus = row.status === 'accepted' ? 'accepted' : 'queued';
      await insertOutboxMessage(manager, parseRequestFor(id, generation));
      await manager.query(
        `UPDATE submissions SET parse_generation = $2, status = $3, progress = 0,
           error_code = CASE WHEN $3 = 'accepted' THEN error_code ELSE NULL END,
           error_message = CASE WHEN $3 = 'accepted' THEN error_message ELSE NULL END
         WHERE id = $1`,
        [id, generation, status],
      );
      await refreshCountingForSubmission(manager, id);
      return { id, status, generation };
    });
  }

  /** Ids to re-parse: all, or those whose answers came from a parser version other than `currentParserVersion`. */
  async idsForReprocess(options: { outdatedComparedTo?: string }): Promise<string[]> {
    const rows = await selectRows(
      this.dataSource.manager,
      `SELECT id FROM submissions WHERE $1::text IS NULL OR parser_version IS DISTINCT FROM $1 ORDER BY created_at, id`,
      [options.outdatedComparedTo ?? null],
      idRow,
    );
    return rows.map((r) => r.id);
  }

  async list(filter: SubmissionFilter, page: number, pageSize: number): Promise<{ rows: SubmissionRow[]; total: number }> {
    const where = `WHERE ($1::uuid IS NULL OR s.landlord_id = $1) AND ($2::int IS NULL OR s.assessment_year = $2)
                   AND ($3::text IS NULL OR s.status = $3)`;
    const params = [filter.landlordId ?? null, filter.year ?? null, filter.status ?? null];
    const paged: unknown[] = [...params];
    const manager = this.dataSource.manager;
    const [rows, count] = await Promise.all([
      selectRows(
        manager,
        `SELECT ${SUBMISSION_COLUMNS} ${SUBMISSION_FROM} ${where} ORDER BY s.created_at DESC, s.id ${pageClause(paged, page, pageSize)}`,
        paged,
        submissionRowSchema,
      ),
      selectOne(manager, `SELECT count(*)::int AS n FROM submissions s ${where}`, params, countRow),
    ]);
    return { rows, total: count.n };
  }

  async findById(id: string): Promise<SubmissionRow | null> {
    const [row] = await selectRows(
      this.dataSource.manager,
      `SELECT ${SUBMISSION_COLUMNS} ${SUBMISSION_FROM} WHERE s.id = $1`,
      [id],
      submissionRowSchema,
    );
    return row ?? null;
  }

  async answersOf(submissionId: string): Promise<AnswerRow[]> {
    return selectRows(
      this.dataSource.manager,
      `SELECT ${ANSWER_COLUMNS} FROM answers a WHERE a.submission_id = $1 ORDER BY a.position`,
      [submissionId],
      answerRowSchema,
    );
  }

  /** The few fields a progress stream needs, cheap enough to poll. */
  async progressOf(id: string): Promise<SubmissionProgressRow | null> {
    const [row] = await selectRows(
      this.dataSource.manager,
      `SELECT id, status, progress, error_code AS "errorCode", error_message AS "errorMessage", landlord_id AS "landlordId"
       FROM submissions WHERE id = $1`,
      [id],
      progressRowSchema,
    );
    return row ?? null;
  }

  async fileOf(id: string): Promise<StoredFileContent | null> {
    const [row] = await selectRows(
      this.dataSource.manager,
      `SELECT f.bytes, f.media_type AS "mediaType", f.format, f.original_name AS "originalName"
       FROM submissions s JOIN stored_files f ON f.id = s.file_id WHERE s.id = $1`,
      [id],
      storedFileContentSchema,
    );
    return row ?? null;
  }

  async landlordExists(id: string): Promise<boolean> {
    const rows = await selectRows(this.dataSource.manager, 'SELECT id FROM landlords WHERE id = $1', [id], idRow);
    return rows.length > 0;
  }

  async count(): Promise<number> {
    return (await selectOne(this.dataSource.manager, 'SELECT count(*)::int AS n FROM submissions', [], countRow)).n;
  }
}
