import type { AnswerDto, SubmissionDetailDto } from '@app/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { correctAnswer } from '@web/features/submissions/api/submissions-api';
import type { AnswerCorrection } from '../utils/correction-request';

interface Variables {
  answerId: string;
  request: AnswerCorrection;
}

/** Saves a correction and puts the corrected answer straight into the cached submission. */
export function useCorrectAnswer(submissionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ answerId, request }: Variables) => correctAnswer(submissionId, answerId, request),
    onSuccess: (answer: AnswerDto | undefined, { answerId, request }) => {
      client.setQueryData<SubmissionDetailDto>(queryKeys.submissions.detail(submissionId), (old) =>
        old
          ? {
              ...old,
              answers: old.answers.map((existing) =>
                existing.id === answerId
                  ? answer?.id
                    ? answer
                    : { ...existing, ...request, corrected: true }
                  : existing,
              ),
            }
          : old,
      );
      // Counts and flags are computed by the API; refresh them in the background.
      void client.invalidateQueries({ queryKey: queryKeys.submissions.detail(submissionId) });
      void client.invalidateQueries({ queryKey: queryKeys.submissions.lists() });
      void client.invalidateQueries({ queryKey: queryKeys.analytics.all });
    },
  });
}
