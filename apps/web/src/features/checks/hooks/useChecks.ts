import type { CheckQuery } from '@app/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { confirmFlag, dismissFlag, fetchChecks } from '../api/checks-api';

export function useChecks(query: CheckQuery) {
  return useQuery({
    queryKey: queryKeys.checks.list(query),
    queryFn: ({ signal }) => fetchChecks(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Confirm or dismiss a flag; the queue and any search showing flags reload. */
export function useReviewFlag() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input: { id: string; decision: 'confirm' } | { id: string; decision: 'dismiss'; reason: string },
    ) => (input.decision === 'confirm' ? confirmFlag(input.id) : dismissFlag(input.id, input.reason)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.checks.all });
      await client.invalidateQueries({ queryKey: queryKeys.search.all });
    },
  });
}
