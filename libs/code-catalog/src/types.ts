export type CodeVersion = '2022' | '2024';
export const CODE_VERSIONS: readonly CodeVersion[] = ['2022', '2024'];

/** 'must' is mandatory; 'should' is best practice (2022 Code only). */
export type Obligation = 'must' | 'should';

export type CrosswalkRelation =
  'same' | 'moved' | 'strengthened' | 'changed' | 'split' | 'merged' | 'dropped';
export type CrosswalkConfidence = 'high' | 'medium' | 'low';

/** Whether a 2022 answer may be shown on a 2024 trend line as-is, only with a caveat, or not at all. */
export type TrendCarry = 'as_is' | 'caveat' | 'none';

export interface CodeSection {
  version: CodeVersion;
  number: number;
  title: string;
}

export interface Timescale {
  amount: number;
  unit: 'working_days' | 'days' | 'months';
  /** What the clock runs from, e.g. "complaint acknowledged". */
  from: string;
  /** True where the figure is the longest permitted extension rather than the deadline itself. */
  extension?: boolean;
}

export interface Provision {
  version: CodeVersion;
  /** As numbered in that version's Code, e.g. "6.14". */
  number: string;
  section: number;
  /** Complaint stage for section 6 of the 2024 Code (and the 2022 equivalents); null elsewhere. */
  stage: 1 | 2 | null;
  obligation: Obligation;
  /** The requirement text as quoted in the self-assessment forms (one clean copy). */
  requirement: string;
  /** Short label for chart axes, e.g. "6.14 Stage 2 response within 20 working days". */
  shortTitle: string;
  timescale: Timescale | null;
}

export interface CrosswalkEntry {
  from2022: string;
  /** null when the relation is 'dropped'. */
  to2024: string | null;
  relation: CrosswalkRelation;
  confidence: CrosswalkConfidence;
  note: string;
}

export interface CanonicalMapping {
  /** 2024 provision number. */
  provision: string;
  relation: CrosswalkRelation;
  confidence: CrosswalkConfidence;
  trend: TrendCarry;
}

export interface RequirementMatch {
  provision: Provision;
  /** 0..1, higher is a closer match. */
  score: number;
}

export interface VersionSignal {
  name: string;
  version: CodeVersion;
  weight: number;
  evidence: string;
}

export interface VersionDetection {
  version: CodeVersion | null;
  /** 0..1 */
  confidence: number;
  signals: VersionSignal[];
}

/** A crosswalk row this catalog holds differently from the reference CSV, with the reason. */
export interface CrosswalkChange {
  from2022: string;
  /** The row as `data/crosswalk-2022-to-2024.csv` has it; null for a row added here. */
  before: Omit<CrosswalkEntry, 'from2022'> | null;
  /** The row as the catalog holds it; null for a row removed here. */
  after: Omit<CrosswalkEntry, 'from2022'> | null;
  reason: string;
}

export interface MatchOptions {
  /** Search one Code version; both when omitted. */
  version?: CodeVersion;
  /** Most results to return (default 5). */
  limit?: number;
  /** Only these provision numbers are candidates. */
  among?: readonly string[];
  /**
   * The provision of the row before, when known. Some provisions are worded identically
   * (2024 6.5/6.16, 6.6/6.17, 6.7/6.18; 2022 5.3/5.15/5.19); among equal scores the one
   * that comes next after this number wins.
   */
  after?: string;
}

export interface DetectOptions {
  /** Signal names to leave out, e.g. to see whether the others still agree. */
  exclude?: readonly string[];
}
