import { HealthRepository } from './health.repository';
import { OutboxRepository } from './outbox.repository';
import { ParseResultsRepository } from './parse-results.repository';
import { ReviewRepository } from './review.repository';
import { SubmissionsRepository } from './submissions.repository';

export { HealthRepository, OutboxRepository, ParseResultsRepository, ReviewRepository, SubmissionsRepository };
export type { DispatchResults, OutboxMessageInput, PendingOutboxMessage } from './outbox.repository';
export type { ApplyResult, InTransactionHook, ParseGate, ParseOutcome, SubmissionToParse } from './parse-results.repository';
export type { AnswerCorrection, ConfirmResult, CorrectionResult, PendingDiff, ResolveDiffResult } from './review.repository';
export type {
  AnswerRow,
  NewUpload,
  ParseRequestFor,
  StoredFileContent,
  SubmissionFilter,
  SubmissionProgressRow,
  SubmissionRow,
  UploadResult,
} from './submissions.repository';

/** Every repository, registered by DatabaseModule. */
export const REPOSITORIES = [
  HealthRepository,
  OutboxRepository,
  ParseResultsRepository,
  ReviewRepository,
  SubmissionsRepository,
];
