import type { AnswerStatus, SourceFormatValue, SubmissionStatus } from './enums';
import type { ConsistencyFlag } from './search';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CanonicalProvisionDto {
  provision: string;
  relation: string;
  confidence: string;
  trend: 'as_is' | 'caveat' | 'none';
}

export interface PageRegionDto {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  pageWidth: number;
  pageHeight: number;
}

export interface AnswerSourceDto {
  pages?: number[];
  regions?: PageRegionDto[];
  table?: number;
  row?: number;
  lines?: [number, number];
}

export interface AnswerDto {
  id: string;
  position: number;
  provision: string;
  /** Short, chart-friendly title from the catalog, when the provision is known. */
  shortTitle: string | null;
  canonicalProvisions: CanonicalProvisionDto[];
  status: AnswerStatus;
  statusRaw: string | null;
  requirement: string | null;
  evidence: string | null;
  commentary: string | null;
  confidence: number;
  warnings: string[];
  corrected: boolean;
  source: AnswerSourceDto;
  /** Consistency flags on the answer that no analyst has dismissed, each with its one-line reason (empty when none). */
  consistencyFlags: AnswerConsistencyFlagDto[];
}

/** A consistency flag shown beside its answer: why the answer deserves a second look, quoting its words. */
export interface AnswerConsistencyFlagDto {
  flag: ConsistencyFlag;
  reason: string;
  /** `open` until an analyst decides; `confirmed` when an analyst found that the flag stands. */
  state: 'open' | 'confirmed';
}

export interface SubmissionCountsDto {
  rows: number;
  yes: number;
  no: number;
  partial: number;
  na: number;
  missing: number;
  unknown: number;
  flagged: number;
}

export interface SubmissionSummaryDto {
  id: string;
  status: SubmissionStatus;
  landlordId: string | null;
  landlordName: string | null;
  assessmentYear: number | null;
  codeVersion: '2022' | '2024' | null;
  fileName: string;
  format: SourceFormatValue;
  superseded: boolean;
  createdAt: string;
  updatedAt: string;
  counts: SubmissionCountsDto | null;
  errorCode: string | null;
  errorMessage: string | null;
}

export interface SubmissionDetailDto extends SubmissionSummaryDto {
  parserVersion: string | null;
  progress: number;
  detectedLandlordName: string | null;
  detectedYear: number | null;
  warnings: string[];
  answers: AnswerDto[];
  /** The newer upload for the same landlord and year that replaced this one. */
  supersededById: string | null;
  confirmedAt: string | null;
  /** True when a re-parse of this confirmed submission is waiting at GET .../reparse-diff. */
  reparseDiffPending: boolean;
}

export interface UploadAccepted {
  id: string;
  status: SubmissionStatus;
  /** True when the same file was already uploaded for this landlord: the existing submission is returned. */
  duplicate: boolean;
}

export interface CorrectAnswerRequest {
  status?: AnswerStatus;
  provision?: string;
  /** The evidence as it should read; null (or the parser's own text) removes the correction. */
  evidence?: string | null;
  /** The commentary as it should read; null (or the parser's own text) removes the correction. */
  commentary?: string | null;
}

/** Server-sent event payload on GET /api/submissions/:id/events. */
export interface SubmissionEvent {
  id: string;
  status: SubmissionStatus;
  progress: number;
  errorCode: string | null;
  errorMessage: string | null;
}

/** Statuses after which a submission's progress stream ends. */
export const FINAL_SUBMISSION_STATUSES: readonly SubmissionStatus[] = ['parsed', 'needs_review', 'failed', 'accepted'];

/** GET /api/submissions query. */
export interface SubmissionListQuery {
  landlordId?: string;
  year?: number;
  status?: SubmissionStatus;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** POST /api/submissions/:id/reprocess answer. */
export interface ReprocessAccepted {
  id: string;
  status: SubmissionStatus;
  /** The parse generation requested; its job id is parse.<id>.<generation>. */
  generation: number;
}

/** PATCH /api/submissions/:id (analysts): the landlord and/or year of a submission that needs review. */
export interface AssignSubmissionRequest {
  landlordId?: string;
  assessmentYear?: number;
}

export interface AnswerSnapshotDto {
  provision: string;
  status: AnswerStatus;
  evidence: string | null;
  commentary: string | null;
}

/** One answer a re-parse would change, keyed by the provision as the parser read it (and its occurrence). */
export interface AnswerChangeDto {
  parsedProvision: string;
  occurrence: number;
  kind: 'added' | 'removed' | 'changed';
  fields: ('provision' | 'status' | 'evidence' | 'commentary')[];
  before: AnswerSnapshotDto | null;
  after: AnswerSnapshotDto | null;
}

/** GET /api/submissions/:id/reparse-diff: a re-parse of a confirmed submission waiting for a decision. */
export interface ReparseDiffDto {
  submissionId: string;
  /** The parser version that produced the answers in place, and the one that produced the proposal. */
  currentParserVersion: string | null;
  proposedParserVersion: string;
  createdAt: string;
  changes: AnswerChangeDto[];
}

export interface ReparseDiffResolved {
  submissionId: string;
  resolution: 'accepted' | 'rejected';
  parserVersion: string | null;
}
