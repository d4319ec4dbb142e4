import { AnalyticsMatrixRepository } from './analytics/matrix.repository';
import { AnalyticsOverviewRepository } from './analytics/overview.repository';
import { AnalyticsProfileRepository } from './analytics/profile.repository';
import { AnalyticsTrendRepository } from './analytics/trend.repository';
import { AuditRepository } from './audit.repository';
import { HealthRepository } from './health.repository';
import { LandlordMatcher } from './landlord-matcher.repository';
import { LandlordRepository } from './landlord.repository';
import { OutboxRepository } from './outbox.repository';
import { PasswordTokenRepository } from './password-token.repository';
import { ParseResultsRepository } from './parse-results.repository';
import { ReviewRepository } from './review.repository';
import { SessionRepository } from './session.repository';
import { StuckSubmissionsRepository } from './stuck-submissions.repository';
import { SubmissionsRepository } from './submissions.repository';
import { ExportMetaRepository } from './exports/export-meta.repository';
import { TidyAnswersRepository } from './exports/tidy-answers.repository';
import { UserRepository } from './user.repository';
import { ChecksRepository } from './checks/checks.repository';
import { ConsistencyFlagsRepository } from './checks/consistency-flags.repository';
import { SearchRepository } from './search/search.repository';

export { AuditRepository, type AuditFilter, type AuditRecord, type AuditRow } from './audit.repository';
export { HealthRepository } from './health.repository';
export { LandlordMatcher } from './landlord-matcher.repository';
export { LandlordRepository, type DeleteLandlordOutcome, type LandlordChanges, type LandlordClash, type LandlordInput, type LandlordRecord, type MergeOutcome } from './landlord.repository';
export { OutboxRepository, type DispatchResults, type OutboxMessageInput, type PendingOutboxMessage } from './outbox.repository';
export { ParseResultsRepository, type ApplyResult, type InTransactionHook, type ParseGate, type ParseOutcome, type SubmissionToParse } from './parse-results.repository';
export { PasswordTokenRepository, type NewPasswordToken } from './password-token.repository';
export { ReviewRepository, type AnswerCorrection, type ConfirmResult, type CorrectionResult, type PendingDiff, type ResolveDiffResult } from './review.repository';
export { SessionRepository, type ActiveSession, type NewSession } from './session.repository';
export { StoredBytesMismatchError, type FileChunks } from './stored-files';
export { StuckSubmissionsRepository, type StuckSubmission } from './stuck-submissions.repository';
export { SubmissionsRepository, type NewUpload, type ParseRequestFor, type SubmissionFilter, type SubmissionProgressRow, type UploadResult } from './submissions.repository';
export { UserRepository, type NewUser, type UserChanges, type UserFilter, type UserRecord } from './user.repository';
export { refreshCountingFor, refreshCountingForLandlords, refreshCountingForSubmission } from './analytics/counting';
export { FROM_SCRATCH_CHOSEN_SQL, FROM_SCRATCH_COUNTED_SQL, rebuildCountingStatements } from './analytics/counting.sql';
export { AnalyticsMatrixRepository, type MatrixCellRow, type MatrixLandlordRow, type MatrixSelection } from './analytics/matrix.repository';
export { AnalyticsOverviewRepository, type NonSubmitterRow, type OverviewTotals, type ProvisionTotalsRow, type ProvisionYearRow } from './analytics/overview.repository';
export { answeredRate } from './analytics/peer-filters';
export { AnalyticsProfileRepository, type ProfileGridRow, type ProfileLandlordRow, type ProfileSectionRow, type ProfileYearRow } from './analytics/profile.repository';
export { AnalyticsTrendRepository, type TrendLandlordRow, type TrendRow, type TrendSelection } from './analytics/trend.repository';
export { ChecksRepository, LOW_CONFIDENCE, type CheckFilter, type CheckRow, type FlagRecord, type StandingFlag } from './checks/checks.repository';
export { ConsistencyFlagsRepository, type FlagRefreshOutcome } from './checks/consistency-flags.repository';
export { writeConsistencyFlags } from './checks/flag-writes';
export { ANSWER_TEXT_HASH_SQL } from './checks/text-hash';
export { ExportMetaRepository, type ExportVersions } from './exports/export-meta.repository';
export { tidyAnswerRow, TidyAnswersRepository, type TidyAnswerRow, type TidyAnswersFilter } from './exports/tidy-answers.repository';
export { SEARCH_CANDIDATES, SearchRepository, type SearchFilter, type SearchHitRow } from './search/search.repository';

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
  AnalyticsTrendRepository,
  AnalyticsMatrixRepository,
  AnalyticsProfileRepository,
  AnalyticsOverviewRepository,
  StuckSubmissionsRepository,
  TidyAnswersRepository,
  ExportMetaRepository,
  SearchRepository,
  ChecksRepository,
  ConsistencyFlagsRepository,
];
