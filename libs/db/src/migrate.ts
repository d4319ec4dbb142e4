import { createDataSource } from './data-source';
import { ensureDatabase } from './ensure-database';
import { loadReferenceData } from './reference-data';

const MIGRATION_LOCK_ID = 7_240_2024;

export interface MigrateResult {
  databaseCreated: boolean;
  migrationsRun: string[];
  referenceDataLoaded: boolean;
}

/** Creates the database if needed, runs pending migrations and (re)loads the Code catalog. Safe to run repeatedly. */
export async function migrateDatabase(url: string): Promise<MigrateResult> {
  const { created } = await ensureDatabase(url);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  // One migrator at a time, whichever process starts first (API, worker, tests).
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
  try {
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    const referenceDataLoaded = await loadReferenceData(dataSource);
    return { databaseCreated: created, migrationsRun: ran.map((m) => m.name), referenceDataLoaded };
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
