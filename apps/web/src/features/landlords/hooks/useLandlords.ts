import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchLandlords } from '../api/landlords-api';

export function useLandlords(enabled = true) {
  return useQuery({
    queryKey: queryKeys.landlords,
    queryFn: fetchLandlords,
    enabled,
    staleTime: 10 * 60_000,
  });
}
