import type { AnswerStatus, ConsistencyFlag, MatrixQuery, PeerFilters, TrendQuery } from '@app/contracts';
import {
  type QueryParams,
  matrixQueryParams,
  trendQueryParams,
} from '@web/features/analytics/utils/analytics-query';
import { peerGroupOf } from '@web/features/analytics/utils/peer-group';

export type TableFormat = 'csv' | 'xlsx';

/** Filters of the tidy answers export: one row per landlord × year × provision. */
export interface AnswersExportFilters extends PeerFilters {
  year?: number;
  provisions?: string[];
  status?: AnswerStatus;
  /** Only landlord-years with this consistency flag standing on an answer among the provisions (as the matrix). */
  flag?: ConsistencyFlag;
}

/** The matrix export takes the view's filters and sort but never its page: every matching row is exported. */
export type MatrixExportQuery = Omit<MatrixQuery, 'page' | 'pageSize'>;

function exportUrl(path: string, query: QueryParams = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/exports${path}${search ? `?${search}` : ''}`;
}

const provisionPath = (provision: string) => `/provisions/${encodeURIComponent(provision)}`;

export function answersCsvUrl(filters: AnswersExportFilters): string {
  return exportUrl('/answers.csv', {
    year: filters.year,
    ...peerGroupOf(filters),
    provisions: filters.provisions?.length ? filters.provisions.join(',') : undefined,
    status: filters.status,
    flag: filters.flag,
  });
}

/**
 * The answers behind a Compare view: its year, peer filters and status, and its columns as provisions (the
 * answers export has no section filter, so a section becomes the section's provisions, `shownProvisions`).
 * Undefined while a section's provisions are not known yet, rather than a link to more than the view shows.
 */
export function matrixAnswersCsvUrl(
  query: MatrixExportQuery,
  shownProvisions?: string[],
): string | undefined {
  const provisions = query.provisions?.length
    ? query.provisions
    : query.section !== undefined
      ? shownProvisions
      : undefined;
  if (query.section !== undefined && !provisions?.length) return undefined;
  return answersCsvUrl({
    year: query.year,
    ...peerGroupOf(query),
    provisions,
    status: query.status,
  });
}

/**
 * The answers to one provision under a trend view's peer filters. The answers export takes one year or every
 * year, so a view narrowed to a single year (`from` = `to`) gets that year and any other range every year;
 * `allYears` says which, for the link's label.
 */
export function provisionAnswersCsvUrl(
  provision: string,
  view: Pick<TrendQuery, 'from' | 'to' | 'landlordType' | 'region' | 'sizeBand'>,
): { href: string; allYears: boolean } {
  const year = view.from !== undefined && view.from === view.to ? view.from : undefined;
  return {
    href: answersCsvUrl({
      year,
      provisions: [provision],
      ...peerGroupOf(view),
    }),
    allYears: year === undefined,
  };
}

export function matrixExportUrl(format: TableFormat, query: MatrixExportQuery): string {
  return exportUrl(`/matrix.${format}`, {
    ...matrixQueryParams(query),
    page: undefined,
    pageSize: undefined,
  });
}

export function trendExportUrl(provision: string, format: TableFormat, query: TrendQuery): string {
  return exportUrl(`${provisionPath(provision)}/trend.${format}`, trendQueryParams(query));
}

export function provisionReportUrl(provision: string, query: TrendQuery): string {
  return exportUrl(`${provisionPath(provision)}/report.pdf`, trendQueryParams(query));
}

export function landlordReportUrl(landlordId: string): string {
  return exportUrl(`/landlords/${encodeURIComponent(landlordId)}/report.pdf`);
}

/** `chc-matrix-2024-housing_association-2026-12-03.xlsx`: what the file holds and the day it was taken. */
export function exportFileName(
  parts: (string | number | undefined | null)[],
  extension: string,
  on: Date,
): string {
  const words = parts
    .filter((part): part is string | number => part !== undefined && part !== null && part !== '')
    .map((part) =>
      String(part)
        .toLowerCase()
        .replace(/[^a-z0-9_.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean);
  const day = on.toISOString().slice(0, 10);
  return ['chc', ...words, day].join('-') + `.${extension}`;
}
