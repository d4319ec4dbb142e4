import type { Writable } from 'node:stream';

/** The exports the API offers; recorded in the audit trail as `after.export`. */
export type ExportKind =
  | 'answers.csv'
  | 'matrix.xlsx'
  | 'matrix.csv'
  | 'trend.xlsx'
  | 'trend.csv'
  | 'landlord-report.pdf'
  | 'provision-report.pdf';

/** A download, ready to be written: everything known before the first byte leaves. */
export interface ExportFile {
  kind: ExportKind;
  fileName: string;
  contentType: string;
  /** The filters as given (and defaults applied), for the audit trail. */
  filters: Record<string, unknown>;
  /** The landlord or provision a report is about. */
  subject?: { type: 'landlord' | 'provision'; id: string };
  /** Writes the whole file to `out` and ends it; resolves with the number of data rows written. */
  write(out: Writable): Promise<number>;
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** Lower-case words joined by hyphens; underscores and dots kept (landlord types, provision numbers). */
function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `chc-<what>-<filter values>-<date>.<ext>`, e.g. `chc-matrix-2024-housing_association-2026-12-03.xlsx`:
 * the file says what it holds and when it was made. Filters left at "all" are not named.
 */
export function exportFileName(
  what: string,
  filterValues: (string | number | undefined | null)[],
  extension: string,
  at: Date,
): string {
  const parts = [what, ...filterValues.filter((v) => v !== undefined && v !== null && v !== '').map(String)]
    .map(slug)
    .filter(Boolean);
  return `chc-${parts.join('-')}-${at.toISOString().slice(0, 10)}.${extension}`;
}

/** Content-Disposition for a download: a plain ASCII name and the RFC 5987 form. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
