import type { AnswerStatus, SourceFormatValue, SubmissionStatus } from './enums';

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
}

/** Server-sent event payload on GET /api/submissions/:id/events. */
export interface SubmissionEvent {
  id: string;
  status: SubmissionStatus;
  progress: number;
  errorCode: string | null;
  errorMessage: string | null;
}
