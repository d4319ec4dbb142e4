import { QueueName } from '@app/queue';
import { SubmissionParseProcessor } from './submission-parse.processor';
import { SystemProcessor } from './system.processor';

/** One processor per queue. The worker refuses to start if a queue has none (see assertEveryQueueHandled). */
export const PROCESSORS = [SubmissionParseProcessor, SystemProcessor];

export const PROCESSED_QUEUES: QueueName[] = [QueueName.SubmissionParse, QueueName.System];

export function assertEveryQueueHandled(): void {
  const missing = Object.values(QueueName).filter((name) => !PROCESSED_QUEUES.includes(name));
  if (missing.length) throw new Error(`No processor registered for queue(s): ${missing.join(', ')}`);
}
