import type { TrendLandlordsQuery, TrendQuery } from '@app/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchAllTrendLandlords, fetchTrend, fetchTrendLandlords } from '../api/analytics-api';

export function useTrend(provision: string, query: TrendQuery) {
  return useQuery({
    queryKey: queryKeys.analytics.trend(provision, query),
    queryFn: ({ signal }) => fetchTrend(provision, query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTrendLandlords(provision: string, query: TrendLandlordsQuery | null) {
  return useQuery({
    queryKey: queryKeys.analytics.trendLandlords(provision, query ?? { year: 0 }),
    queryFn: ({ signal }) => fetchTrendLandlords(provision, query!, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

/** Both years' landlords, to find who regressed and who improved. */
export function useYearPair(
  provision: string,
  query: Omit<TrendLandlordsQuery, 'page' | 'pageSize' | 'status'> | null,
) {
  const previous = query ? { ...query, year: query.year - 1 } : null;
  const current = useQuery({
    queryKey: [...queryKeys.analytics.trendLandlords(provision, query ?? { year: 0 }), 'all'],
    queryFn: ({ signal }) => fetchAllTrendLandlords(provision, query!, signal),
    enabled: query !== null,
  });
  const before = useQuery({
    queryKey: [...queryKeys.analytics.trendLandlords(provision, previous ?? { year: 0 }), 'all'],
    queryFn: ({ signal }) => fetchAllTrendLandlords(provision, previous!, signal),
    enabled: previous !== null,
  });
  return { current, before };
}
