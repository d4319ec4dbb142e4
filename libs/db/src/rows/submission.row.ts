import { SOURCE_FORMATS, SUBMISSION_STATUSES, type SubmissionCountsDto } from '@app/contracts';
import { z } from 'zod';

/** How many answers have each status. */
export const statusCountsSchema = z.object({
  yes: z.number(),
  no: z.number(),
  partial: z.number(),
  na: z.number(),
  missing: z.number(),
  unknown: z.number(),
});

export const submissionCountsSchema = statusCountsSchema.extend({
  rows: z.number(),
  flagged: z.number(),
}) satisfies z.ZodType<SubmissionCountsDto>;
export type SubmissionCounts = z.output<typeof submissionCountsSchema>;

export const submissionStatusSchema = z.enum(SUBMISSION_STATUSES);

/** A submission with its file and landlord, as the API reads it (`SUBMISSION_COLUMNS` ... `SUBMISSION_FROM`). */
export const submissionRowSchema = z.object({
  id: z.string(),
  status: submissionStatusSchema,
  progress: z.number(),
  landlordId: z.string().nullable(),
  landlordName: z.string().nullable(),
  assessmentYear: z.number().nullable(),
  codeVersion: z.string().nullable(),
  parserVersion: z.string().nullable(),
  parseGeneration: z.number(),
  parsedGeneration: z.number(),
  fileName: z.string(),
  format: z.enum(SOURCE_FORMATS),
  mediaType: z.string(),
  sizeBytes: z.number(),
  supersededById: z.string().nullable(),
  detectedLandlordName: z.string().nullable(),
  detectedYear: z.number().nullable(),
  warnings: z.array(z.string()),
  counts: submissionCountsSchema.nullable(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  confirmedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type SubmissionRow = z.output<typeof submissionRowSchema>;

export const SUBMISSION_COLUMNS = `
  s.id, s.status, s.progress, s.landlord_id AS "landlordId", l.name AS "landlordName", s.assessment_year AS "assessmentYear",
  s.code_version AS "codeVersion", s.parser_version AS "parserVersion", s.parse_generation AS "parseGeneration",
  s.parsed_generation AS "parsedGeneration", f.original_name AS "fileName", f.format, f.media_type AS "mediaType",
  f.size_bytes AS "sizeBytes", s.superseded_by_id AS "supersededById", s.detected_landlord_name AS "detectedLandlordName",
  s.detected_year AS "detectedYear", s.warnings, s.counts, s.error_code AS "errorCode", s.error_message AS "errorMessage",
  s.uploaded_by AS "uploadedBy", s.confirmed_at AS "confirmedAt", s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

export const SUBMISSION_FROM = `
  FROM submissions s
  JOIN stored_files f ON f.id = s.file_id
  LEFT JOIN landlords l ON l.id = s.landlord_id`;

/** The original bytes of a submission's file and how to serve them. */
export const storedFileContentSchema = z.object({
  bytes: z.instanceof(Buffer),
  mediaType: z.string(),
  format: z.string(),
  originalName: z.string(),
});
export type StoredFileContent = z.output<typeof storedFileContentSchema>;

/** What one parse says about a submission as a whole. */
export const parsedSubmissionFieldsSchema = z.object({
  codeVersion: z.string(),
  parserVersion: z.string(),
  detectedLandlordName: z.string().nullable(),
  detectedYear: z.number().nullable(),
  detectedDate: z.string().nullable(),
  /** Document-level warnings, as messages a reader can act on. */
  warnings: z.array(z.string()),
});
export type ParsedSubmissionFields = z.output<typeof parsedSubmissionFieldsSchema>;
