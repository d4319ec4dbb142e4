import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchOverview } from '../api/analytics-api';

/** The sector overview for a year; without a year, the latest year with counted submissions. */
export function useOverview(year: number | undefined, enabled = true) {
  return useQuery({
    queryKey: queryKeys.analytics.overview(year),
    queryFn: ({ signal }) => fetchOverview(year, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
