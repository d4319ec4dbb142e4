import { AnswerEntity } from './answer.entity';
import { AuditEventEntity } from './audit-event.entity';
import { CodeVersionEntity } from './code-version.entity';
import { CrosswalkEntryEntity } from './crosswalk-entry.entity';
import { LandlordAliasEntity } from './landlord-alias.entity';
import { LandlordEntity } from './landlord.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { ProvisionEntity } from './provision.entity';
import { StoredFileEntity } from './stored-file.entity';
import { SubmissionEntity } from './submission.entity';
import { UserEntity } from './user.entity';

export {
  AnswerEntity,
  AuditEventEntity,
  CodeVersionEntity,
  CrosswalkEntryEntity,
  LandlordAliasEntity,
  LandlordEntity,
  OutboxMessageEntity,
  ProvisionEntity,
  StoredFileEntity,
  SubmissionEntity,
  UserEntity,
};
export type { AnswerSource, CanonicalLink } from './answer.entity';
export type { SubmissionCounts } from './submission.entity';

export const ENTITIES = [
  AnswerEntity,
  AuditEventEntity,
  CodeVersionEntity,
  CrosswalkEntryEntity,
  LandlordAliasEntity,
  LandlordEntity,
  OutboxMessageEntity,
  ProvisionEntity,
  StoredFileEntity,
  SubmissionEntity,
  UserEntity,
];
