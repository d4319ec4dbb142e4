import type {
  CodeVersionDto,
  CodeVersionValue,
  CrosswalkEntryDto,
  LandlordProfileResponse,
  MatrixQuery,
  MatrixResponse,
  OverviewResponse,
  Page,
  ProvisionDto,
  ProvisionIndexQuery,
  ProvisionIndexResponse,
  TrendLandlordItem,
  TrendLandlordsQuery,
  TrendQuery,
  TrendResponse,
} from '@app/contracts';
import { apiRequest } from '@web/lib/api-client';
import { matrixQueryParams, trendLandlordsQueryParams, trendQueryParams } from '../utils/analytics-query';
import { peerGroupOf } from '../utils/peer-group';

export function fetchOverview(year: number | undefined, signal?: AbortSignal) {
  return apiRequest<OverviewResponse>('/analytics/overview', { query: { year }, signal });
}

export function fetchProvisionIndex(query: ProvisionIndexQuery, signal?: AbortSignal) {
  return apiRequest<ProvisionIndexResponse>('/analytics/provisions', {
    query: {
      year: query.year,
      ...peerGroupOf(query),
    },
    signal,
  });
}

export function fetchMatrix(query: MatrixQuery, signal?: AbortSignal) {
  return apiRequest<MatrixResponse>('/analytics/matrix', { query: matrixQueryParams(query), signal });
}

export function fetchTrend(provision: string, query: TrendQuery, signal?: AbortSignal) {
  return apiRequest<TrendResponse>(`/analytics/provisions/${encodeURIComponent(provision)}/trend`, {
    query: trendQueryParams(query),
    signal,
  });
}

export function fetchTrendLandlords(provision: string, query: TrendLandlordsQuery, signal?: AbortSignal) {
  return apiRequest<Page<TrendLandlordItem>>(
    `/analytics/provisions/${encodeURIComponent(provision)}/trend/landlords`,
    {
      query: trendLandlordsQueryParams(query),
      signal,
    },
  );
}

export function fetchLandlordProfile(id: string, signal?: AbortSignal) {
  return apiRequest<LandlordProfileResponse>(`/analytics/landlords/${encodeURIComponent(id)}`, { signal });
}

export function fetchProvisions(version: CodeVersionValue, signal?: AbortSignal) {
  return apiRequest<ProvisionDto[]>(`/codes/${version}/provisions`, { signal });
}

export function fetchCrosswalk(signal?: AbortSignal) {
  return apiRequest<CrosswalkEntryDto[]>('/codes/crosswalk', { signal });
}

export function fetchCodeVersions(signal?: AbortSignal) {
  return apiRequest<CodeVersionDto[]>('/codes', { signal });
}

/** Every landlord behind a year of a provision's trend, page by page (for comparing two years). */
export async function fetchAllTrendLandlords(
  provision: string,
  query: Omit<TrendLandlordsQuery, 'page' | 'pageSize'>,
  signal?: AbortSignal,
) {
  const pageSize = 200;
  const items: TrendLandlordItem[] = [];
  for (let page = 1; page <= 20; page++) {
    const result = await fetchTrendLandlords(provision, { ...query, page, pageSize }, signal);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return items;
}
