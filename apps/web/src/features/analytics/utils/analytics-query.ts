import type { MatrixQuery, TrendLandlordsQuery, TrendQuery } from '@app/contracts';
import { peerGroupOf } from './peer-group';

export type QueryParams = Record<string, string | number | undefined>;

/** The matrix filters and sort as the API and its exports take them (provisions comma-separated). */
export function matrixQueryParams(query: MatrixQuery): QueryParams {
  return {
    year: query.year,
    ...peerGroupOf(query),
    section: query.section,
    provisions: query.provisions?.length ? query.provisions.join(',') : undefined,
    status: query.status,
    flag: query.flag,
    sort: query.sort,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function trendQueryParams(query: TrendQuery): QueryParams {
  return {
    from: query.from,
    to: query.to,
    groupBy: query.groupBy && query.groupBy !== 'none' ? query.groupBy : undefined,
    ...peerGroupOf(query),
  };
}

export function trendLandlordsQueryParams(query: TrendLandlordsQuery): QueryParams {
  return {
    year: query.year,
    status: query.status,
    ...peerGroupOf(query),
    page: query.page,
    pageSize: query.pageSize,
  };
}
