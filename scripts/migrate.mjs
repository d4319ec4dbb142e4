#!/usr/bin/env node
// Creates the database if needed, runs migrations and loads the Code catalog. Needs a build (npm run build).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { migrateDatabase } = require('@app/db');
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/chc';

try {
  const result = await migrateDatabase(url);
  const name = new URL(url).pathname.slice(1);
  if (result.databaseCreated) console.log(`Created database ${name}.`);
  console.log(
    result.migrationsRun.length
      ? `Ran ${result.migrationsRun.length} migration(s): ${result.migrationsRun.join(', ')}`
      : 'Database schema is up to date.',
  );
  if (result.referenceDataLoaded) console.log('Loaded the Code catalog and crosswalk.');
} catch (error) {
  console.error(`Migration failed for ${url.replace(/\/\/[^@]*@/, '//')}: ${error.message}`);
  process.exit(1);
}
