import type { ProvisionIndexQuery } from '@app/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchProvisionIndex } from '../api/analytics-api';

/** Every 2024 provision with its counts and non-compliance rate in a year (the latest when none is given). */
export function useProvisionIndex(query: ProvisionIndexQuery) {
  return useQuery({
    queryKey: queryKeys.analytics.provisionIndex(query),
    queryFn: ({ signal }) => fetchProvisionIndex(query, signal),
    placeholderData: keepPreviousData,
  });
}
