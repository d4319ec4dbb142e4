import { AnswerOverrideEntity } from './answer-override.entity';
import { AnswerEntity } from './answer.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CodeVersionEntity } from './code-version.entity';
import { CrosswalkEntryEntity } from './crosswalk-entry.entity';
import { LandlordAliasEntity } from './landlord-alias.entity';
import { LandlordEntity } from './landlord.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { PasswordTokenEntity } from './password-token.entity';
import { ProvisionEntity } from './provision.entity';
import { ReparseDiffEntity } from './reparse-diff.entity';
import { SessionEntity } from './session.entity';
import { StoredFileEntity } from './stored-file.entity';
import { SubmissionEntity } from './submission.entity';
import { UserEntity } from './user.entity';

export {
  AnswerEntity,
  AnswerOverrideEntity,
  AuditEventEntity,
  CodeVersionEntity,
  CrosswalkEntryEntity,
  LandlordAliasEntity,
  LandlordEntity,
  OutboxMessageEntity,
  PasswordTokenEntity,
  ProvisionEntity,
  ReparseDiffEntity,
  SessionEntity,
  StoredFileEntity,
  SubmissionEntity,
  UserEntity,
};
export type { AnswerSource, CanonicalLink } from './answer.entity';
export type {
  AnswerChange,
  AnswerSnapshot,
  ParsedAnswerRow,
  ParsedSubmissionFields,
  ReparseProposal,
} from './reparse-diff.entity';
export type { SubmissionCounts } from './submission.entity';

export const ENTITIES = [
  AnswerEntity,
  AnswerOverrideEntity,
  AuditEventEntity,
  CodeVersionEntity,
  CrosswalkEntryEntity,
  LandlordAliasEntity,
  LandlordEntity,
  OutboxMessageEntity,
  PasswordTokenEntity,
  ProvisionEntity,
  ReparseDiffEntity,
  SessionEntity,
  StoredFileEntity,
  SubmissionEntity,
  UserEntity,
];
