import { AuditRepository } from './audit.repository';
import { HealthRepository } from './health.repository';
import { LandlordMatcher } from './landlord-matcher.repository';
import { LandlordRepository } from './landlord.repository';
import { OutboxRepository } from './outbox.repository';
import { PasswordTokenRepository } from './password-token.repository';
import { ParseResultsRepository } from './parse-results.repository';
import { ReviewRepository } from './review.repository';
import { SessionRepository } from './session.repository';
import { SubmissionsRepository } from './submissions.repository';
import { UserRepository } from './user.repository';

export { HealthRepository, OutboxRepository, ParseResultsRepository, ReviewRepository, SubmissionsRepository };
export type { DispatchResults, OutboxMessageInput, PendingOutboxMessage } from './outbox.repository';
export type { ApplyResult, InTransactionHook, ParseGate, ParseOutcome, SubmissionToParse } from './parse-results.repository';
export type { AnswerCorrection, ConfirmResult, CorrectionResult, PendingDiff, ResolveDiffResult } from './review.repository';
export type { NewUpload, ParseRequestFor, SubmissionFilter, SubmissionProgressRow, UploadResult } from './submissions.repository';

export { AuditRepository, LandlordMatcher, LandlordRepository, PasswordTokenRepository, SessionRepository, UserRepository };
export type { AuditFilter, AuditRecord, AuditRow } from './audit.repository';
export type { DeleteLandlordOutcome, LandlordChanges, LandlordClash, LandlordInput, LandlordRecord, MergeOutcome } from './landlord.repository';
export type { NewPasswordToken } from './password-token.repository';
export type { ActiveSession, NewSession } from './session.repository';
export type { NewUser, UserChanges, UserFilter, UserRecord } from './user.repository';

/** Every repository, registered by DatabaseModule. */
export const REPOSITORIES = [
  HealthRepository,
  OutboxRepository,
  ParseResultsRepository,
  ReviewRepository,
  SubmissionsRepository,
  AuditRepository,
  LandlordMatcher,
  LandlordRepository,
  PasswordTokenRepository,
  SessionRepository,
  UserRepository,
];
