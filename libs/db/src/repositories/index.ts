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

export { HealthRepository } from './health.repository';
export { OutboxRepository } from './outbox.repository';
export { ParseResultsRepository } from './parse-results.repository';
export { ReviewRepository } from './review.repository';
export { SubmissionsRepository } from './submissions.repository';
export type { DispatchResults, OutboxMessageInput, PendingOutboxMessage } from './outbox.repository';
export type { ApplyResult, InTransactionHook, ParseGate, ParseOutcome, SubmissionToParse } from './parse-results.repository';
export type { AnswerCorrection, ConfirmResult, CorrectionResult, PendingDiff, ResolveDiffResult } from './review.repository';
export type { NewUpload, ParseRequestFor, SubmissionFilter, SubmissionProgressRow, UploadResult } from './submissions.repository';

export { StoredBytesMismatchError } from './stored-files';
export type { FileChunks } from './stored-files';

export { StuckSubmissionsRepository } from './stuck-submissions.repository';
export type { StuckSubmission } from './stuck-submissions.repository';

export { AuditRepository } from './audit.repository';
export { LandlordMatcher } from './landlord-matcher.repository';
export { LandlordRepository } from './landlord.repository';
export { PasswordTokenRepository } from './password-token.repository';
export { SessionRepository } from './session.repository';
export { UserRepository } from './user.repository';
export type { AuditFilter, AuditRecord, AuditRow } from './audit.repository';
export type {
  DeleteLandlordOutcome,
  LandlordChanges,
  LandlordClash,
  LandlordInput,
  LandlordRecord,
  MergeOutcome,
} from './landlord.repository';
export type { NewPasswordToken } from './password-token.repository';
export type { ActiveSession, NewSession } from './session.repository';
export type { NewUser, UserChanges, UserFilter, UserRecord } from './user.repository';
export { TidyAnswersRepository, tidyAnswerRow } from './exports/tidy-answers.repository';
export type { TidyAnswerRow, TidyAnswersFilter } from './exports/tidy-answers.repository';
export { ExportMetaRepository } from './exports/export-meta.repository';
export type { ExportVersions } from './exports/export-meta.repository';

export { AnalyticsMatrixRepository } from './analytics/matrix.repository';
export { AnalyticsOverviewRepository } from './analytics/overview.repository';
export { AnalyticsProfileRepository } from './analytics/profile.repository';
export { AnalyticsTrendRepository } from './analytics/trend.repository';
export type { MatrixCellRow, MatrixLandlordRow, MatrixSelection } from './analytics/matrix.repository';
export type {
  NonSubmitterRow,
  OverviewTotals,
  ProvisionTotalsRow,
  ProvisionYearRow,
} from './analytics/overview.repository';
export type {
  ProfileGridRow,
  ProfileLandlordRow,
  ProfileSectionRow,
  ProfileYearRow,
} from './analytics/profile.repository';
export type { TrendLandlordRow, TrendRow, TrendSelection } from './analytics/trend.repository';
export {
  refreshCountingFor,
  refreshCountingForLandlords,
  refreshCountingForSubmission,
} from './analytics/counting';
export {
  FROM_SCRATCH_CHOSEN_SQL,
  FROM_SCRATCH_COUNTED_SQL,
  rebuildCountingStatements,
} from './analytics/counting.sql';
export { answeredRate } from './analytics/peer-filters';

export { SearchRepository } from './search/search.repository';
export type { SearchFilter, SearchHitRow } from './search/search.repository';
export { SEARCH_CANDIDATES } from './search/search.repository';
export { ChecksRepository } from './checks/checks.repository';
export { ConsistencyFlagsRepository } from './checks/consistency-flags.repository';
export { LOW_CONFIDENCE } from './checks/checks.repository';
export type { CheckFilter, CheckRow, FlagRecord, StandingFlag } from './checks/checks.repository';
export type { FlagRefreshOutcome } from './checks/consistency-flags.repository';
export { writeConsistencyFlags } from './checks/flag-writes';
export { ANSWER_TEXT_HASH_SQL } from './checks/text-hash';

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
