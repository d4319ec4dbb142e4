import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchSubmissionFile } from '@web/features/submissions/api/submissions-api';

/** The uploaded document's bytes; they never change, so they are fetched once. */
export function useSubmissionFile(id: string) {
  return useQuery({
    queryKey: queryKeys.submissions.file(id),
    queryFn: ({ signal }) => fetchSubmissionFile(id, signal),
    staleTime: Infinity,
    gcTime: 10 * 60_000,
  });
}
