import type { ParseRequestFor } from '@app/db';
import { JobName, QueueName, jobIdFor } from '@app/queue';

/** The outbox message that asks the worker to parse one generation of a submission (deterministic job id). */
export function parseRequest(reason: 'upload' | 'reprocess'): ParseRequestFor {
  return (submissionId, generation) => {
    const item = {
      queue: QueueName.SubmissionParse,
      name: JobName.ParseSubmission,
      data: { submissionId, reason, generation },
    } as const;
    return { queue: item.queue, jobName: item.name, jobId: jobIdFor(item), payload: item.data };
  };
}
