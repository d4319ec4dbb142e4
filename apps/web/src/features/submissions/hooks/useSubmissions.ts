import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type SubmissionListFilters, queryKeys } from '@web/lib/query-keys';
import { fetchSubmissions } from '../api/submissions-api';

export function useSubmissions(filters: SubmissionListFilters) {
  return useQuery({
    queryKey: queryKeys.submissions.list(filters),
    queryFn: ({ signal }) => fetchSubmissions(filters, signal),
    placeholderData: keepPreviousData,
  });
}
