import type { PeerFilters, SizeBand } from './analytics';
import type { AnswerStatus, LandlordType } from './enums';
import type { AnswerConsistencyFlagDto, AnswerSourceDto } from './submissions';

/**
 * Search over the answers' own words and the consistency flags that point at answers deserving a second look.
 * Flags are raised by `@app/consistency` (versioned) and reviewed by analysts in the check queue.
 */

export const CONSISTENCY_FLAGS = [
  'yes_but_not_in_place',
  'no_without_plan',
  'timescale_conflict',
  'no_evidence',
  'boilerplate',
  'unchanged_since_last_year',
  'missing_answer',
] as const;
export type ConsistencyFlag = (typeof CONSISTENCY_FLAGS)[number];

/** Plain-language names for the flags, for lists and filters. */
export const CONSISTENCY_FLAG_LABELS: Record<ConsistencyFlag, string> = {
  yes_but_not_in_place: 'Yes, but not yet in place',
  no_without_plan: 'No or partial without a plan and date',
  timescale_conflict: 'Timescale differs from the Code',
  no_evidence: 'Yes without evidence',
  boilerplate: 'Boilerplate evidence',
  unchanged_since_last_year: 'Unchanged since last year',
  missing_answer: 'Missing answer',
};

export const FLAG_REVIEW_STATES = ['open', 'confirmed', 'dismissed'] as const;
export type FlagReviewState = (typeof FLAG_REVIEW_STATES)[number];

/** Where a search hit was found. */
export const SEARCH_FIELDS = ['evidence', 'commentary', 'requirement'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

// ---- Search: GET /api/search ----

export interface SearchQuery extends PeerFilters {
  /** Web-search syntax: words, "quoted phrases", OR, -excluded. */
  q: string;
  /** A 2024 provision: answers that reach it through the crosswalk. */
  provision?: string;
  status?: AnswerStatus;
  year?: number;
  flag?: ConsistencyFlag;
  /** Include superseded submissions (marked); counting submissions only by default. */
  all?: boolean;
  page?: number;
  pageSize?: number;
}

export interface SearchHit {
  answerId: string;
  submissionId: string;
  landlordId: string;
  landlordName: string;
  landlordType: LandlordType;
  region: string | null;
  sizeBand: SizeBand;
  assessmentYear: number;
  codeVersion: string | null;
  /** As printed in the landlord's document. */
  provision: string;
  /** The 2024 provisions the answer counts towards. */
  canonicalProvisions: string[];
  status: AnswerStatus;
  /**
   * The best matching passage; matched words are wrapped in `«` and `»` (and nothing else is markup).
   * Render by splitting on the marks, never as HTML.
   */
  snippet: string;
  /** The field the snippet comes from. */
  field: SearchField;
  rank: number;
  /** Present (true) when the submission has been superseded by a later one (only with `all=true`). */
  superseded?: boolean;
  /** Open or confirmed consistency flags on the answer. */
  flags: ConsistencyFlag[];
  /** The same flags with their one-line reasons, to show beside the hit. */
  consistencyFlags: AnswerConsistencyFlagDto[];
}

export interface SearchResponse {
  items: SearchHit[];
  /** Matching answers, up to the number one search ranks (then `capped`). */
  total: number;
  /** More answers match than one search ranks: the items are the best of the first `total`; narrow the search. */
  capped: boolean;
  page: number;
  pageSize: number;
}

/** The marks around matched words in `SearchHit.snippet`. */
export const SNIPPET_MARK_START = '«';
export const SNIPPET_MARK_END = '»';

// ---- Check queue: GET /api/checks ----

export const CHECK_KINDS = ['flag', 'low_confidence'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export interface CheckQuery {
  kind?: CheckKind;
  flag?: ConsistencyFlag;
  /** A 2024 provision, through the crosswalk. */
  provision?: string;
  landlordId?: string;
  year?: number;
  /** Review state of flags; `open` by default. */
  state?: FlagReviewState;
  page?: number;
  pageSize?: number;
}

export interface CheckRegion {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CheckItem {
  kind: CheckKind;
  /** The flag's id for `flag` items; the answer's id for `low_confidence` items. */
  id: string;
  answerId: string;
  submissionId: string;
  landlordId: string | null;
  landlordName: string | null;
  assessmentYear: number | null;
  provision: string;
  canonicalProvisions: string[];
  status: AnswerStatus;
  evidence: string | null;
  commentary: string | null;
  confidence: number;
  flag: ConsistencyFlag | null;
  /** One line saying why, quoting the words that raised the flag (or the parser's warnings). */
  reason: string;
  state: FlagReviewState;
  reviewReason: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** Where the row sits on the original page (PDF uploads), to show beside it. */
  region: CheckRegion | null;
  /** Where the answer came from in its document: its regions on the pages of a PDF, or its lines of a text file. */
  source: AnswerSourceDto;
  createdAt: string;
}

export interface CheckListResponse {
  items: CheckItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** POST /api/checks/flags/:id/confirm */
export interface ConfirmFlagRequest {
  note?: string;
}

/** POST /api/checks/flags/:id/dismiss */
export interface DismissFlagRequest {
  reason: string;
}

export interface FlagReviewResponse {
  id: string;
  state: FlagReviewState;
  reviewReason: string | null;
  reviewedBy: string | null;
  reviewedAt: string;
}

/** A consistency flag on one answer, as shown beside it. */
export interface AnswerFlagView {
  id: string;
  flag: ConsistencyFlag;
  reason: string;
  state: FlagReviewState;
  reviewReason: string | null;
}
