import type { AnswerStatus, LandlordType } from './enums';
import type { LandlordIdentity } from './landlords';
import type { Page } from './submissions';
import type { ConsistencyFlag } from './search';

/**
 * Analytics: every figure is keyed by a canonical 2024 provision reached through the crosswalk,
 * counted over the one counting submission per landlord and assessment year (see docs/ARCHITECTURE.md).
 */

/** Peer group by homes owned. Stored nowhere: derived from `landlords.homes_owned`. */
export const SIZE_BANDS = ['under_1000', '1000_9999', '10000_49999', '50000_plus', 'unknown'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const TREND_GROUP_BY = ['none', 'landlordType', 'region', 'sizeBand'] as const;
export type TrendGroupBy = (typeof TREND_GROUP_BY)[number];

export const MATRIX_SORTS = ['name', 'nonCompliant', '-nonCompliant'] as const;
export type MatrixSort = (typeof MATRIX_SORTS)[number];

/** Counts of answers by status as stored (corrections over parsed values). */
export type StatusCounts = Record<AnswerStatus, number>;

/** Filters shared by every analytic (and by exports and search). All optional. */
export interface PeerFilters {
  landlordType?: LandlordType;
  region?: string;
  sizeBand?: SizeBand;
}

/** How a counted answer reached a 2024 provision when it is not a plain 2024 answer. */
export interface CarriedFrom {
  codeVersion: '2022' | '2024';
  /** The provision as numbered in its own Code version. */
  provision: string;
  relation: string;
  trend: 'as_is' | 'caveat';
}

/** Marker on a counted answer that reached its 2024 provision through a `caveat` carry or as the least compliant of several. */
export interface CaveatMarker {
  /** The source provision(s) in their own Code version, e.g. `2022 5.2 (changed)`. */
  from: CarriedFrom[];
  /** True when several answers reached this provision and the least compliant one was counted. */
  leastCompliantOf?: number;
}

// ---- Provision trend: GET /api/analytics/provisions/:provision/trend ----

export interface TrendQuery extends PeerFilters {
  from?: number;
  to?: number;
  groupBy?: TrendGroupBy;
}

export interface TrendPoint {
  year: number;
  /** The group's value when `groupBy` is not `none` (e.g. `housing_association`, `London`, `10000_49999`). */
  group?: string;
  /** Landlords with a counting submission that year (in the group). */
  landlords: number;
  counts: StatusCounts;
  /** yes / (yes + no + partial); null when nobody answered. */
  rate: number | null;
  /** What the counts were carried from: one entry per (Code version, source provision, relation, trend). */
  carried: CarriedFrom[];
  /** Present, with this exact value, only when the counts include a `caveat` carry. */
  caveat?: 'caveat';
}

export interface TrendResponse {
  provision: string;
  title: string;
  /** Rates are yes over answered = yes + no + partial. */
  rateDenominator: 'answered';
  series: TrendPoint[];
}

/** GET /api/analytics/provisions/:provision/trend/landlords?year=&status=&group=&page=&pageSize= */
export interface TrendLandlordsQuery extends PeerFilters {
  year: number;
  status?: AnswerStatus;
  page?: number;
  pageSize?: number;
}

export interface TrendLandlordItem {
  landlordId: string;
  landlordName: string;
  landlordType: LandlordType;
  region: string | null;
  sizeBand: SizeBand;
  submissionId: string;
  codeVersion: '2022' | '2024';
  answerId: string;
  status: AnswerStatus;
  /** The provision as printed in the landlord's document. */
  printedProvision: string;
  commentary: string | null;
  evidence: string | null;
  caveat?: CaveatMarker;
  /** Consistency flags on the answer that no analyst dismissed (these landlords are listed first); absent when none. */
  flags?: ConsistencyFlag[];
}

export type TrendLandlordsResponse = Page<TrendLandlordItem>;

// ---- Matrix: GET /api/analytics/matrix ----

export interface MatrixQuery extends PeerFilters {
  year: number;
  /** Code section number (1..9) of the 2024 Code. */
  section?: number;
  /** Comma-separated 2024 provision numbers. */
  provisions?: string[];
  /** Only landlords with at least one answer of this status among the shown provisions. */
  status?: AnswerStatus;
  flag?: string;
  sort?: MatrixSort;
  page?: number;
  pageSize?: number;
}

export interface MatrixProvision {
  provision: string;
  title: string;
  section: number;
}

export interface MatrixCell {
  status: AnswerStatus;
  answerId: string;
  caveat?: CaveatMarker;
  /** Consistency flags raised on the answer (see search contracts). */
  flags?: string[];
}

export interface MatrixRow {
  landlordId: string;
  landlordName: string;
  landlordType: LandlordType;
  region: string | null;
  sizeBand: SizeBand;
  /** Generated sample data (npm start / sample:sector), never a real landlord. */
  sample: boolean;
  submissionId: string;
  codeVersion: '2022' | '2024';
  /** Counts over the shown provisions. */
  counts: StatusCounts;
  /** Keyed by 2024 provision number; a provision the landlord's document does not reach is absent. */
  cells: Record<string, MatrixCell>;
}

export interface MatrixResponse {
  year: number;
  provisions: MatrixProvision[];
  rows: MatrixRow[];
  total: number;
  page: number;
  pageSize: number;
}

// ---- Landlord profile: GET /api/analytics/landlords/:id ----

export type ProvisionChange = 'regressed' | 'improved' | 'unchanged';

export interface ProfileYear {
  year: number;
  submissionId: string;
  codeVersion: '2022' | '2024';
  /** Set when this year was submitted by a landlord since merged into this one. */
  mergedFrom?: { landlordId: string; landlordName: string };
  counts: StatusCounts;
  rate: number | null;
}

export interface ProfileChange {
  provision: string;
  fromYear: number;
  toYear: number;
  from: AnswerStatus;
  to: AnswerStatus;
  change: ProvisionChange;
  caveat?: boolean;
}

export interface SectionRate {
  section: number;
  title: string;
  /** This landlord's yes / answered over the section, in the profile's latest year. */
  rate: number | null;
  /** The peer group's (same type and size band) median of the same rate; null when withheld or no peers. */
  peerMedian: number | null;
  /** Landlords in the peer group with a counting submission that year. */
  peerCount: number;
}

export interface LandlordProfileResponse {
  landlord: LandlordIdentity & {
    sizeBand: SizeBand;
    sample: boolean;
    mergedFrom: { id: string; name: string }[];
  };
  years: ProfileYear[];
  /** Year → provision → cell. */
  grid: Record<string, Record<string, MatrixCell>>;
  provisions: MatrixProvision[];
  changes: ProfileChange[];
  /** For the latest year with a counting submission. Peer medians are withheld from landlord users when fewer than 5 peers. */
  sectionRates: { year: number | null; sections: SectionRate[] };
}

// ---- Sector overview: GET /api/analytics/overview?year= ----

export interface ProvisionNonCompliance {
  provision: string;
  title: string;
  /** Landlords answering no or partial. */
  nonCompliant: number;
  answered: number;
  /** (no + partial) / answered. */
  rate: number | null;
}

export interface ProvisionMovement {
  provision: string;
  title: string;
  previousRate: number | null;
  rate: number | null;
  /** rate − previousRate, in share points (−1 … 1). */
  change: number | null;
}

export interface NonSubmitter {
  landlordId: string;
  landlordName: string;
  landlordType: LandlordType;
  region: string | null;
}

export interface OverviewResponse {
  year: number;
  /** Years that hold any counting submission, newest first, for the year selector. */
  years: number[];
  registryLandlords: number;
  submitted: number;
  counted: number;
  withNonCompliance: number;
  mostNonCompliant: ProvisionNonCompliance[];
  largestChanges: ProvisionMovement[];
  nonSubmitters: NonSubmitter[];
  /** Counts of open consistency flags on counting answers, by flag code. */
  flags?: Record<string, number>;
  /** True when any counted figure includes generated sample data. */
  includesSampleData: boolean;
}

// ---- Provision index: GET /api/analytics/provisions?year=&<peer filters> ----

export interface ProvisionIndexQuery extends PeerFilters {
  /** Defaults to the latest year with counted submissions. */
  year?: number;
}

export interface ProvisionRate extends ProvisionNonCompliance {
  section: number;
  counts: StatusCounts;
}

export interface ProvisionIndexResponse {
  year: number;
  /** Years that hold any counting submission, newest first. */
  years: number[];
  /** Every provision of the 2024 Code in Code order, including those nobody answered (rate null). */
  provisions: ProvisionRate[];
  /** True when any counted figure includes generated sample data. */
  includesSampleData: boolean;
}
