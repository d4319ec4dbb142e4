import { CreateCoreSchema1795400000000 } from './1795400000000-CreateCoreSchema';
import { AddIngestionTables1795510000000 } from './1795510000000-AddIngestionTables';
import { CreateSessionsAndPasswordTokens1795600000000 } from './1795600000000-CreateSessionsAndPasswordTokens';
import { AddEvidenceCorrections1795700000000 } from './1795700000000-AddEvidenceCorrections';
import { CreateAnalyticsReadModel1795710000000 } from './1795710000000-CreateAnalyticsReadModel';
import { AddSearchAndConsistencyFlags1795720000000 } from './1795720000000-AddSearchAndConsistencyFlags';
import { AddAnalyticsSpeedIndexes1795730000000 } from './1795730000000-AddAnalyticsSpeedIndexes';

/** Every migration, in order. Add new ones at the end; never edit one that has landed. */
export const MIGRATIONS = [
  CreateCoreSchema1795400000000,
  AddIngestionTables1795510000000,
  CreateSessionsAndPasswordTokens1795600000000,
  AddEvidenceCorrections1795700000000,
  CreateAnalyticsReadModel1795710000000,
  AddSearchAndConsistencyFlags1795720000000,
  AddAnalyticsSpeedIndexes1795730000000,
];
