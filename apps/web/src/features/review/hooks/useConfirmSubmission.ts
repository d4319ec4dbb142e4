import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { assignSubmission, confirmSubmission } from '@web/features/submissions/api/submissions-api';

interface Variables {
  /** Set when the reviewer changed the assessment year: saved before confirming. */
  assessmentYear?: number;
}

export function useConfirmSubmission(submissionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ assessmentYear }: Variables) => {
      if (assessmentYear !== undefined) await assignSubmission(submissionId, { assessmentYear });
      return confirmSubmission(submissionId);
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.submissions.all }),
  });
}
