import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { type ConfirmRequest, confirmSubmission } from '@web/features/submissions/api/submissions-api';

export function useConfirmSubmission(submissionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ConfirmRequest) => confirmSubmission(submissionId, request),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.submissions.all }),
  });
}
