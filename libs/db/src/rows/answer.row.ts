import {
  ANSWER_STATUSES,
  type AnswerSnapshotDto,
  type AnswerSourceDto,
  type CanonicalProvisionDto,
  type PageRegionDto,
} from '@app/contracts';
import { z } from 'zod';

/**
 * The stored answer, defined once: `answerRowSchema` is the `answers` table as read (camelCase aliases),
 * checked against the wire shapes of `libs/contracts`; the write and parse shapes below are cut from it.
 * A column changed here breaks every reader and writer at build time.
 */
export const pageRegionSchema = z.object({
  page: z.number(),
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
  pageWidth: z.number(),
  pageHeight: z.number(),
}) satisfies z.ZodType<PageRegionDto>;

/** Where an answer came from in its document (`answers.source`), as served. */
export const answerSourceSchema = z.object({
  pages: z.array(z.number()).optional(),
  regions: z.array(pageRegionSchema).optional(),
  table: z.number().optional(),
  row: z.number().optional(),
  lines: z.tuple([z.number(), z.number()]).optional(),
}) satisfies z.ZodType<AnswerSourceDto>;

/** One 2024 provision an answer counts towards (`answers.canonical_links`), as served. */
export const canonicalLinkSchema = z.object({
  provision: z.string(),
  relation: z.string(),
  confidence: z.string(),
  trend: z.enum(['as_is', 'caveat', 'none']),
}) satisfies z.ZodType<CanonicalProvisionDto>;

const answerStatus = z.enum(ANSWER_STATUSES);

/** A row of `answers`. `status`/`provision` are the effective values (corrections applied). */
export const answerRowSchema = z.object({
  id: z.string(),
  submissionId: z.string(),
  /** Document order. */
  position: z.number().int(),
  /** As numbered in the document's own Code version (after any correction). */
  provision: z.string(),
  parsedProvision: z.string(),
  /** Canonical 2024 provision numbers; the analytics index. */
  canonicalProvisions: z.array(z.string()),
  canonicalLinks: z.array(canonicalLinkSchema),
  status: answerStatus,
  parsedStatus: answerStatus,
  statusRaw: z.string().nullable(),
  requirement: z.string().nullable(),
  evidence: z.string().nullable(),
  commentary: z.string().nullable(),
  /** What the parser read, kept beside a corrected `evidence`/`commentary`. */
  parsedEvidence: z.string().nullable(),
  parsedCommentary: z.string().nullable(),
  confidence: z.number(),
  /** Parser warnings for the row, as machine codes. */
  flags: z.array(z.string()),
  source: answerSourceSchema,
  correctedAt: z.date().nullable(),
  correctedBy: z.string().nullable(),
});

export type AnswerRow = z.output<typeof answerRowSchema>;
export type AnswerSource = z.output<typeof answerSourceSchema>;
export type CanonicalLink = z.output<typeof canonicalLinkSchema>;

/** A row ready for `answers`: the stored row less what the database assigns. */
export type AnswerInsert = Omit<AnswerRow, 'id' | 'submissionId'>;

/** One answer as a parse produced it (before corrections): the parser's part of the stored row. */
export type ParsedAnswerRow = Pick<
  AnswerRow,
  'position' | 'provision' | 'canonicalLinks' | 'status' | 'statusRaw' | 'requirement' | 'evidence' | 'commentary' | 'confidence' | 'flags' | 'source'
>;

/** The part of an answer a re-parse diff compares and shows. */
export type AnswerSnapshot = AnswerSnapshotDto;

/** The columns `answerRowSchema` reads, aliased to its keys; `a` is the answers table. */
export const ANSWER_COLUMNS = `
  a.id, a.submission_id AS "submissionId", a.position, a.provision, a.parsed_provision AS "parsedProvision",
  a.canonical_provisions AS "canonicalProvisions", a.canonical_links AS "canonicalLinks", a.status,
  a.parsed_status AS "parsedStatus", a.status_raw AS "statusRaw", a.requirement, a.evidence, a.commentary,
  a.parsed_evidence AS "parsedEvidence", a.parsed_commentary AS "parsedCommentary", a.confidence, a.flags, a.source, a.corrected_at AS "correctedAt", a.corrected_by AS "correctedBy"`;
