import { CreateCoreSchema1795400000000 } from './1795400000000-CreateCoreSchema';
import { AddIngestionTables1795510000000 } from './1795510000000-AddIngestionTables';
import { CreateSessionsAndPasswordTokens1795600000000 } from './1795600000000-CreateSessionsAndPasswordTokens';
import { CreateAnalyticsReadModel1795710000000 } from './1795710000000-CreateAnalyticsReadModel';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [CreateCoreSchema1795400000000, AddIngestionTables1795510000000, CreateSessionsAndPasswordTokens1795600000000, CreateAnalyticsReadModel1795710000000];
