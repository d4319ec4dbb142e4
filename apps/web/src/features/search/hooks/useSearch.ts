import type { SearchQuery } from '@app/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchSearch } from '../api/search-api';

export function useSearch(query: SearchQuery) {
  return useQuery({
    queryKey: queryKeys.search.results(query),
    queryFn: ({ signal }) => fetchSearch(query, signal),
    enabled: query.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}
