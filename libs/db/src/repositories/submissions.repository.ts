import type { AnswerStatus, SubmissionStatus } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AnswerSource, CanonicalLink } from '../entities/answer.entity';
import type { SubmissionCounts } from '../entities/submission.entity';
import type { AnswerInsert } from '../ingestion/answer-rows';
import { insertOutboxMessage, type OutboxMessageInput } from './outbox.repository';
import { lockKey, queryRows } from './sql';
import { refreshCountingForSubmission } from './analytics/counting';

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
  bytes: Buffer;
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

export interface SubmissionRow {
  id: string;
  status: SubmissionStatus;
  progress: number;
  landlordId: string | null;
  landlordName: string | null;
  assessmentYear: number | null;
  codeVersion: string | null;
  parserVersion: string | null;
  parseGeneration: number;
  parsedGeneration: number;
  fileName: string;
  format: string;
  mediaType: string;
  sizeBytes: number;
  supersededById: string | null;
  detectedLandlordName: string | null;
  detectedYear: number | null;
  warnings: string[];
  counts: SubmissionCounts | null;
  errorCode: string | null;
  errorMessage: string | null;
  uploadedBy: string | null;
  confirmedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One stored answer as read back: the row as written, less the columns readers do not use. */
export interface AnswerRow extends Omit<AnswerInsert, 'canonicalProvisions' | 'correctedBy'> {
  id: string;
}

export interface SubmissionProgressRow {
  id: string;
  status: SubmissionStatus;
  progress: number;
  errorCode: string | null;
  errorMessage: string | null;
  landlordId: string | null;
}

export interface StoredFileContent {
  bytes: Buffer;
  mediaType: string;
  format: string;
  originalName: string;
}

const SUBMISSION_COLUMNS = `
  s.id, s.status, s.progress, s.landlord_id, l.name AS landlord_name, s.assessment_year, s.code_version,
  s.parser_version, s.parse_generation, s.parsed_generation, f.original_name, f.format, f.media_type, f.size_bytes,
  s.superseded_by_id, s.detected_landlord_name, s.detected_year, s.warnings, s.counts, s.error_code, s.error_message,
  s.uploaded_by, s.confirmed_at, s.created_at, s.updated_at`;

const SUBMISSION_FROM = `
  FROM submissions s
  JOIN stored_files f ON f.id = s.file_id
  LEFT JOIN landlords l ON l.id = s.landlord_id`;

type Raw = Record<string, unknown>;

function toSubmission(r: Raw): SubmissionRow {
  return {
    id: r['id'] as string,
    status: r['status'] as SubmissionStatus,
    progress: Number(r['progress']),
    landlordId: (r['landlord_id'] as string | null) ?? null,
    landlordName: (r['landlord_name'] as string | null) ?? null,
    assessmentYear: (r['assessment_year'] as number | null) ?? null,
    codeVersion: (r['code_version'] as string | null) ?? null,
    parserVersion: (r['parser_version'] as string | null) ?? null,
    parseGeneration: Number(r['parse_generation']),
    parsedGeneration: Number(r['parsed_generation']),
    fileName: r['original_name'] as string,
    format: r['format'] as string,
    mediaType: r['media_type'] as string,
    sizeBytes: Number(r['size_bytes']),
    supersededById: (r['superseded_by_id'] as string | null) ?? null,
    detectedLandlordName: (r['detected_landlord_name'] as string | null) ?? null,
    detectedYear: (r['detected_year'] as number | null) ?? null,
    warnings: (r['warnings'] as string[] | null) ?? [],
    counts: (r['counts'] as SubmissionCounts | null) ?? null,
    errorCode: (r['error_code'] as string | null) ?? null,
    errorMessage: (r['error_message'] as string | null) ?? null,
    uploadedBy: (r['uploaded_by'] as string | null) ?? null,
    confirmedAt: (r['confirmed_at'] as Date | null) ?? null,
    createdAt: r['created_at'] as Date,
    updatedAt: r['updated_at'] as Date,
  };
}

function toAnswer(r: Raw): AnswerRow {
  return {
    id: r['id'] as string,
    position: Number(r['position']),
    provision: r['provision'] as string,
    parsedProvision: r['parsed_provision'] as string,
    canonicalLinks: (r['canonical_links'] as CanonicalLink[]) ?? [],
    status: r['status'] as AnswerStatus,
    parsedStatus: r['parsed_status'] as AnswerStatus,
    statusRaw: (r['status_raw'] as string | null) ?? null,
    requirement: (r['requirement'] as string | null) ?? null,
    evidence: (r['evidence'] as string | null) ?? null,
    commentary: (r['commentary'] as string | null) ?? null,
    confidence: Number(r['confidence']),
    flags: (r['flags'] as string[]) ?? [],
    source: (r['source'] as AnswerSource) ?? {},
    correctedAt: (r['corrected_at'] as Date | null) ?? null,
  };
}

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
      const [existing] = await queryRows<{ id: string; status: SubmissionStatus; error_code: string | null; parse_generation: number }>(
        manager,
        `SELECT id, status, error_code, parse_generation FROM submissions
         WHERE sha256 = $1 AND superseded_by_id IS NULL AND ($2::uuid IS NULL OR landlord_id = $2)
         ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
        [upload.sha256, upload.landlordId],
      );
      if (existing && existing.status === 'failed' && existing.error_code === RETRYABLE_FAILURE) {
        // It failed on our side, not because of the document: uploading it again tries again.
        const generation = existing.parse_generation + 1;
        await insertOutboxMessage(manager, parseRequestFor(existing.id, generation));
        await manager.query(
          `UPDATE submissions SET status = 'queued', parse_generation = $2, progress = 0, error_code = NULL, error_message = NULL
           WHERE id = $1`,
          [existing.id, generation],
        );
        return { id: existing.id, status: 'queued', duplicate: true };
      }
      if (existing) return { id: existing.id, status: existing.status, duplicate: true };

      const [file] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO stored_files (sha256, media_type, format, size_bytes, original_name, bytes)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [upload.sha256, upload.mediaType, upload.format, upload.bytes.length, upload.originalName, upload.bytes],
      );
      const [submission] = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO submissions (landlord_id, assessment_year, status, file_id, sha256, uploaded_by)
         VALUES ($1, $2, 'received', $3, $4, $5) RETURNING id`,
        [upload.landlordId, upload.assessmentYear, file!.id, upload.sha256, upload.uploadedBy],
      );
      const id = submission!.id;
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
      const [row] = await queryRows<{ status: SubmissionStatus; parse_generation: number }>(
        manager,
        'SELECT status, parse_generation FROM submissions WHERE id = $1 FOR UPDATE',
        [id],
      );
      if (!row) return null;
      const generation = row.parse_generation + 1;
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
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM submissions WHERE $1::text IS NULL OR parser_version IS DISTINCT FROM $1 ORDER BY created_at, id`,
      [options.outdatedComparedTo ?? null],
    );
    return rows.map((r) => r.id);
  }

  async list(filter: SubmissionFilter, page: number, pageSize: number): Promise<{ rows: SubmissionRow[]; total: number }> {
    const where = `WHERE ($1::uuid IS NULL OR s.landlord_id = $1) AND ($2::int IS NULL OR s.assessment_year = $2)
                   AND ($3::text IS NULL OR s.status = $3)`;
    const params = [filter.landlordId ?? null, filter.year ?? null, filter.status ?? null];
    const [rows, [count]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${SUBMISSION_COLUMNS} ${SUBMISSION_FROM} ${where} ORDER BY s.created_at DESC, s.id LIMIT $4 OFFSET $5`,
        [...params, pageSize, (page - 1) * pageSize],
      ) as Promise<Raw[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM submissions s ${where}`, params) as Promise<{ n: number }[]>,
    ]);
    return { rows: rows.map(toSubmission), total: count?.n ?? 0 };
  }

  async findById(id: string): Promise<SubmissionRow | null> {
    const [row]: Raw[] = await this.dataSource.query(`SELECT ${SUBMISSION_COLUMNS} ${SUBMISSION_FROM} WHERE s.id = $1`, [id]);
    return row ? toSubmission(row) : null;
  }

  async answersOf(submissionId: string): Promise<AnswerRow[]> {
    const rows: Raw[] = await this.dataSource.query(
      `SELECT id, position, provision, parsed_provision, canonical_links, status, parsed_status, status_raw, requirement,
              evidence, commentary, confidence, flags, source, corrected_at
       FROM answers WHERE submission_id = $1 ORDER BY position`,
      [submissionId],
    );
    return rows.map(toAnswer);
  }

  /** The few fields a progress stream needs, cheap enough to poll. */
  async progressOf(id: string): Promise<SubmissionProgressRow | null> {
    const [row]: Raw[] = await this.dataSource.query(
      'SELECT id, status, progress, error_code, error_message, landlord_id FROM submissions WHERE id = $1',
      [id],
    );
    if (!row) return null;
    return {
      id: row['id'] as string,
      status: row['status'] as SubmissionStatus,
      progress: Number(row['progress']),
      errorCode: (row['error_code'] as string | null) ?? null,
      errorMessage: (row['error_message'] as string | null) ?? null,
      landlordId: (row['landlord_id'] as string | null) ?? null,
    };
  }

  async fileOf(id: string): Promise<StoredFileContent | null> {
    const [row]: Raw[] = await this.dataSource.query(
      `SELECT f.bytes, f.media_type, f.format, f.original_name FROM submissions s JOIN stored_files f ON f.id = s.file_id
       WHERE s.id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      bytes: row['bytes'] as Buffer,
      mediaType: row['media_type'] as string,
      format: row['format'] as string,
      originalName: row['original_name'] as string,
    };
  }

  async landlordExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM landlords WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async count(): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query('SELECT count(*)::int AS n FROM submissions');
    return row?.n ?? 0;
  }
}
