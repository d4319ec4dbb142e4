import { JobName, type QueueName } from './queue-names';

export interface ParseSubmissionPayload {
  submissionId: string;
  /** Why the parse was requested: a new upload or a re-parse after a parser upgrade. */
  reason: 'upload' | 'reprocess';
  /** Increases with every parse requested for the submission, so a re-parse gets a fresh job id. */
  generation: number;
}

export interface ProbePayload {
  sentAt: number;
}

/** Every job the system runs: a wrong payload for a name fails to compile. */
export type JobItem =
  | { queue: QueueName.SubmissionParse; name: JobName.ParseSubmission; data: ParseSubmissionPayload }
  | { queue: QueueName.System; name: JobName.Probe; data: ProbePayload };

/** Deterministic ids (BullMQ forbids ':'): a retry or a second enqueue of the same work never runs twice. */
export function jobIdFor(item: JobItem): string {
  switch (item.name) {
    case JobName.ParseSubmission:
      return `parse.${item.data.submissionId}.${item.data.generation}`;
    case JobName.Probe:
      return `probe.${item.data.sentAt}`;
  }
}
