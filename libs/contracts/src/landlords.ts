import type { LandlordType } from './enums';

/** Who a landlord is in the registry: what the landlord list and a landlord's profile both show. */
export interface LandlordIdentity {
  id: string;
  name: string;
  type: LandlordType;
  registrationCode: string | null;
  region: string | null;
  homesOwned: number | null;
}

export interface LandlordDto extends LandlordIdentity {
  aliases: string[];
  /** Set when this landlord was merged into another; its submissions, users and aliases moved there. */
  mergedIntoId: string | null;
}

export interface CreateLandlordRequest {
  name: string;
  type: LandlordType;
  registrationCode?: string;
  region?: string;
  homesOwned?: number;
  aliases?: string[];
}

/** PATCH /api/landlords/:id. `null` clears an optional field; `aliases` replaces the whole list. */
export interface UpdateLandlordRequest {
  name?: string;
  type?: LandlordType;
  registrationCode?: string | null;
  region?: string | null;
  homesOwned?: number | null;
  aliases?: string[];
}

/** POST /api/landlords/:id/merge: the landlord in the path is merged into `intoId`, which survives. */
export interface MergeLandlordRequest {
  intoId: string;
}

export type LandlordImportLineStatus = 'created' | 'skipped' | 'error';

export interface LandlordImportLine {
  /** Line number in the file (the header is line 1). */
  line: number;
  name: string | null;
  status: LandlordImportLineStatus;
  /** What is wrong with the line, or why it was skipped. */
  messages: string[];
  /** The new landlord's id, when the import succeeded. */
  id?: string;
}

/**
 * The outcome of a CSV import. When any line has an error nothing is imported: the API answers 422
 * with this report in the error body's `details.report`.
 */
export interface LandlordImportReport {
  imported: number;
  skipped: number;
  errors: number;
  lines: LandlordImportLine[];
}
