import { ANSWER_STATUSES, type AnswerStatus } from '@app/contracts';
import type { CanonicalMapping, CodeVersion } from '@app/code-catalog';
import type { PageRegion, SourceFormat } from './extracted-document';

/** How a landlord answered one provision. `missing` is a blank answer cell; `unknown` an answer we could not read. */
export type ComplianceStatus = AnswerStatus;

export const COMPLIANCE_STATUSES: readonly ComplianceStatus[] = ANSWER_STATUSES;

/** Machine-readable warning codes. Values may be stored: never rename one. */
export type ParseWarningCode =
  // row level
  | 'provision_recovered'
  | 'provision_below_text'
  | 'provision_from_text'
  | 'provision_garbled'
  | 'provision_duplicate'
  | 'provision_not_in_code'
  | 'requirement_mismatch'
  | 'status_blank'
  | 'status_unrecognised'
  | 'status_ambiguous'
  | 'status_undecided'
  | 'status_ocr_guess'
  | 'status_noise_ignored'
  | 'text_may_belong_to_neighbour'
  | 'cells_realigned'
  // document level
  | 'version_uncertain'
  | 'landlord_not_found'
  | 'assessment_year_inferred'
  | 'header_not_found'
  | 'provisions_missing'
  | 'summary_rows_ignored'
  | 'row_limit_reached'
  | 'extraction';

export interface ParseWarning {
  code: ParseWarningCode;
  message: string;
}

/**
 * Where a row came from. DOCX/HTML: table and row indexes (0-based; `lastRow` when several source rows were merged).
 * Text: 1-based line range. PDF: the union of the row's cells' regions, one per page.
 */
export interface RowSource {
  table?: number;
  row?: number;
  lastRow?: number;
  firstLine?: number;
  lastLine?: number;
  pages?: number[];
  regions?: PageRegion[];
}

export interface ParsedRow {
  /** The provision as numbered in the document's own Code version. */
  provision: string;
  /** The 2024 provisions this answer maps to (2024 documents map to themselves). */
  canonicalProvisions: CanonicalMapping[];
  status: ComplianceStatus;
  /** The answer cell as written, or null when blank. */
  statusRaw: string | null;
  requirement: string;
  evidence: string | null;
  /** Null for forms whose single column combines evidence and commentary (held in `evidence`). */
  commentary: string | null;
  /** 0..1: how sure the parser is of the provision number, the status and the cell boundaries. */
  confidence: number;
  warnings: ParseWarning[];
  source: RowSource;
}

export interface ParseStats {
  tables: number;
  rows: number;
  /** Provisions the detected Code version's form lists, when known. */
  provisionsExpected: number | null;
  provisionsRecovered: number;
  statusCounts: Record<ComplianceStatus, number>;
  lowConfidenceRows: number;
  pageCount: number | null;
  elapsedMs: number;
}

export interface ParsedSubmission {
  codeVersion: CodeVersion;
  /** 0..1 */
  versionConfidence: number;
  landlordName: string | null;
  assessmentYear: number | null;
  /** As written in the document, e.g. "21 June 2024" or "June 2023". */
  assessmentDate: string | null;
  format: SourceFormat;
  rows: ParsedRow[];
  warnings: ParseWarning[];
  stats: ParseStats;
  parserVersion: string;
}
