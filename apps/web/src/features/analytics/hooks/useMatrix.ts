import type { MatrixQuery } from '@app/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchMatrix } from '../api/analytics-api';

export function useMatrix(query: MatrixQuery | null) {
  return useQuery({
    queryKey: queryKeys.analytics.matrix(query ?? { year: 0 }),
    queryFn: ({ signal }) => fetchMatrix(query!, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
