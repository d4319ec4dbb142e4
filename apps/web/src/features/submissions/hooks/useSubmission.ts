import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { fetchSubmission } from '../api/submissions-api';

export function useSubmission(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.submissions.detail(id ?? ''),
    queryFn: ({ signal }) => fetchSubmission(id!, signal),
    enabled: Boolean(id),
  });
}
