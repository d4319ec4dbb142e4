import { CreateCoreSchema1795400000000 } from './1795400000000-CreateCoreSchema';
import { AddIngestionTables1795510000000 } from './1795510000000-AddIngestionTables';
import { CreateSessionsAndPasswordTokens1795600000000 } from './1795600000000-CreateSessionsAndPasswordTokens';
import { AddEvidenceCorrections1795700000000 } from './1795700000000-AddEvidenceCorrections';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [CreateCoreSchema1795400000000, AddIngestionTables1795510000000, CreateSessionsAndPasswordTokens1795600000000, AddEvidenceCorrections1795700000000];
