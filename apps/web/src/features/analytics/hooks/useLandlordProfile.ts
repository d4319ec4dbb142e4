import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchLandlordProfile } from '../api/analytics-api';

export function useLandlordProfile(landlordId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.analytics.profile(landlordId ?? ''),
    queryFn: ({ signal }) => fetchLandlordProfile(landlordId!, signal),
    enabled: Boolean(landlordId),
  });
}
