// The frame of the benches that time the API on a generated sample sector (bench:api, bench:export,
// bench:compare): their shared options, a throwaway database (or the one given), an analyst signed in, the clean-up.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { benchRun, createAnalyst, generateSector, signIn, startApi } from './bench-stack.mjs';

const require = createRequire(import.meta.url);

/**
 * `--landlords`, `--years`, `--database-url <url of a generated sector>`, `--keep` and the bench's own `options`;
 * this run's database, queue prefix and analyst.
 */
export function sectorBenchRun(name, { landlords, years, options = {} }) {
  const { values } = parseArgs({
    options: {
      landlords: { type: 'string', default: String(landlords) },
      years: { type: 'string', default: String(years) },
      ...options,
      'database-url': { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const { runId, serverUrl, redisUrl } = benchRun();
  const reuse = values['database-url'];
  return {
    values,
    reuse,
    redisUrl,
    landlords: Number(values.landlords),
    years: Number(values.years),
    databaseUrl: reuse ?? `${serverUrl}/chc_bench_${name}_${runId}`,
    queuePrefix: `chc-bench-${name}-${runId}`,
    email: `bench-${runId}@example.org`,
  };
}

/** What a sector bench is about to time: a generated sector, or the database it was given. */
export const sectorLabel = (run) => (run.reuse ? 'existing database' : `${run.landlords} landlords x ${run.years} years`);

/**
 * Migrates the database, generates the sector (unless the run reuses one), starts the built API against it (`env`
 * added to its settings), signs the analyst in and returns what `measure({ db, api, cookie })` returns. Then stops
 * the API and removes the analyst, and drops a generated database unless `--keep`.
 */
export async function onSector(run, { showSteps = false, env = {} }, measure) {
  const { createDataSource, dropDatabase, migrateDatabase } = require('@app/db');
  await migrateDatabase(run.databaseUrl);
  const db = createDataSource(run.databaseUrl);
  await db.initialize();
  let api;
  try {
    if (!run.reuse) await generateSector(db, { landlords: run.landlords, years: run.years, showSteps });
    await createAnalyst(db, run.email);
    api = await startApi({ databaseUrl: run.databaseUrl, redisUrl: run.redisUrl, queuePrefix: run.queuePrefix, env });
    const { cookie } = await signIn(api.base, run.email);
    return await measure({ db, api, cookie });
  } finally {
    await api?.stop();
    await db.query('DELETE FROM users WHERE email = $1', [run.email]).catch(() => undefined);
    await db.destroy();
    if (!run.reuse) {
      if (run.values.keep) console.log(`kept database ${run.databaseUrl}`);
      else await dropDatabase(run.databaseUrl);
    }
  }
}
