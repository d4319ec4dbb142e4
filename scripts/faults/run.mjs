#!/usr/bin/env node
// `npm run test:faults [-- --uploads 200]`: the fault-injection run. Starts its own redis-server on a free port
// and its own database, the built API and two workers; uploads real and hostile files as several landlords
// while it SIGKILLs workers mid-parse, kills Redis for 10 s and terminates every PostgreSQL connection of its
// database once. Then checks: every 202 final, answers written once, outage uploads 503, health recovered.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../lib.mjs';
import { AppProcess, OwnRedis, runOnce, sleep } from './stack.mjs';
import { Client, realDocuments, variant } from './uploads.mjs';
import { verify, waitForFinal } from './verify.mjs';

const require = createRequire(import.meta.url);
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const UPLOADS = argument('uploads', 200);
const SPREAD_MS = argument('spread-seconds', Math.max(40, UPLOADS * 0.45)) * 1000;
const REDIS_OUTAGE_MS = 10_000;
const SERVER = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
const log = (message) => console.log(`[faults ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);
const started = Date.now();

for (const built of ['apps/api/dist/main.js', 'apps/worker/dist/main.js', 'libs/testing/dist/hostile/index.js']) {
  if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build" first.`);
}
const { hostileFiles } = require('../../libs/testing/dist/hostile/index.js');

const running = [];
async function main() {
  const runId = `${Date.now().toString(36)}_${Math.random().toString(16).slice(2, 6)}`;
  const dir = mkdtempSync(join(tmpdir(), 'chc-faults-'));
  const databaseUrl = `${SERVER.replace(/\/$/, '')}/chc_faults_${runId}`;
  const redis = new OwnRedis(join(dir, 'redis'));
  running.push(redis);
  await redis.start();
  log(`own redis-server on port ${redis.port}, database chc_faults_${runId}, logs in ${dir}`);
  const { migrateDatabase, dropDatabase } = require('@app/db');
  await migrateDatabase(databaseUrl);

  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `faults-${runId}`,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    LOG_LEVEL: 'debug',
    UPLOAD_RATE_LIMIT: '100000',
    LOGIN_RATE_LIMIT: '100000',
    PARSE_TIMEOUT_MS: '60000',
    PARSE_MAX_MEMORY_MB: '512',
    SWEEP_INTERVAL_MS: '5000',
    SWEEP_GRACE_MS: '15000',
  };
  await runOnce('apps/api/dist/cli/seed.js', env, join(dir, 'seed.log'));
  const api = new AppProcess('api', 'apps/api/dist/main.js', env, dir);
  running.push(api);
  await api.start(/API listening/);
  const workers = [new AppProcess('worker-1', 'apps/worker/dist/main.js', env, dir), new AppProcess('worker-2', 'apps/worker/dist/main.js', env, dir)];
  running.push(...workers);
  await Promise.all(workers.map((w) => w.start(/worker started/)));
  // A pool, so the run's own queries reconnect after pg_terminate_backend like the apps must.
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  db.on('error', () => undefined);
  const base = `http://127.0.0.1:${port}`;
  const analyst = await Client.signIn(base, 'analyst@example.org', 'analyst-demo-password');
  const landlords = (await analyst.json('/api/landlords')).body.map((l) => l.id);
  log(`API on ${base}, two workers, ${landlords.length} landlords`);

  // The uploads: hostile files spread through real documents, each a new submission for one of the landlords.
  const sample = realDocuments().find((d) => d.name.endsWith('.txt')).bytes;
  const hostile = [];
  for (const file of hostileFiles(sample)) hostile.push({ name: file.fileName, kind: 'hostile', bytes: await file.make() });
  const real = realDocuments();
  const plan = Array.from({ length: UPLOADS }, (_, i) => {
    const every = Math.floor(UPLOADS / hostile.length);
    const document = i % every === every - 1 && hostile[Math.floor(i / every)] ? hostile[Math.floor(i / every)] : real[i % real.length];
    const bytes = document.kind === 'real' ? variant(document.bytes, `faults-${runId}-${i}`) : document.bytes;
    return { source: document.name, kind: document.kind, bytes, landlordId: landlords[i % landlords.length] };
  });

  const results = [];
  const health = [];
  const uploading = (async () => {
    for (const [i, item] of plan.entries()) {
      const t = Date.now();
      const answer = await analyst.upload(item.bytes, item.source, item.landlordId);
      results.push({ ...item, bytes: undefined, ...answer, at: Date.now() - started });
      await sleep(Math.max(0, SPREAD_MS / UPLOADS - (Date.now() - t)));
      if (i % 50 === 49) log(`${i + 1} uploads sent`);
    }
  })();

  const parsing = async () => Number((await db.query(`SELECT count(*)::int AS n FROM submissions WHERE status = 'parsing'`)).rows[0].n);
  /** SIGKILL a worker while it has a parse in flight (it logs each parse's start at debug level). */
  const killMidParse = async (worker) => {
    const until = Date.now() + 30_000;
    while (!(worker.inFlight.size > 0) && Date.now() < until) await sleep(100);
    const inFlight = worker.inFlight.size;
    await worker.kill();
    log(`SIGKILL ${worker.name} with ${inFlight} parse(s) in flight (${await parsing().catch(() => '?')} submissions parsing)`);
    await sleep(1_000);
    await worker.start(/worker started/);
    log(`${worker.name} restarted`);
  };
  const watchHealth = async (ms, label) => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
      const body = res ? await res.json().catch(() => ({})) : {};
      health.push({ label, status: res?.status ?? 'no answer', redis: body.checks?.redis?.status, postgres: body.checks?.postgres?.status });
      await sleep(1_000);
    }
  };

  const phase = (fraction) => sleep(Math.max(0, started + fraction * SPREAD_MS - Date.now() + 15_000));
  await phase(0.1);
  await killMidParse(workers[0]);
  await phase(0.25);
  await killMidParse(workers[1]);
  await phase(0.4);
  const redisDownAt = Date.now() - started;
  await redis.kill();
  log('Redis killed (SIGKILL) for 10 s');
  await watchHealth(REDIS_OUTAGE_MS, 'redis-down');
  await redis.start();
  const redisUpAt = Date.now() - started;
  log('Redis back');
  await phase(0.6);
  const admin = new pg.Client({ connectionString: databaseUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  const terminated = await admin.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  await admin.end();
  log(`pg_terminate_backend: ${terminated.rows[0].n} connections of this run's database terminated`);
  await watchHealth(3_000, 'after-pg-terminate');
  await phase(0.75);
  await killMidParse(workers[0]);
  await uploading;
  log(`all ${UPLOADS} uploads sent`);

  const accepted = results.filter((r) => r.status === 202 && !r.duplicate);
  const stillWaiting = await waitForFinal(db, accepted.map((a) => a.id), 180_000);
  const outcome = await verify(db, accepted);
  await watchHealth(2_000, 'end');
  const sweeps = (await fetch(`${base}/api/health`).then((r) => r.json()).catch(() => ({}))).rescues ?? null;

  // Uploads refused during an outage must be 503 with a code; a 500, a hang or a dropped connection is a failure.
  const refused = results.filter((r) => r.status !== 202);
  const refusedClearly = refused.filter((r) => r.status === 503 && r.code);
  const badRefusals = refused.filter((r) => !(r.status === 503 && r.code));
  const duringRedis = results.filter((r) => r.at >= redisDownAt && r.at <= redisUpAt);
  const healthDuringRedis = health.filter((h) => h.label === 'redis-down');
  const reportedOutage = healthDuringRedis.some((h) => h.status === 503 && h.redis === 'down');
  const recovered = health.filter((h) => h.label === 'end').every((h) => h.status === 200);
  const kills = workers.reduce((n, w) => n + w.kills, 0);

  console.log('\n=== fault-injection run ===');
  console.log(`uploads sent:                 ${results.length} (${plan.filter((p) => p.kind === 'hostile').length} hostile) from ${landlords.length} landlords`);
  console.log(`accepted (202):               ${accepted.length}`);
  console.log(`refused with 503 and a code:  ${refusedClearly.length} (${[...new Set(refusedClearly.map((r) => r.code))].join(', ') || 'none'})`);
  console.log(`refused otherwise (500/hang): ${badRefusals.length}${badRefusals.length ? ` ${JSON.stringify(badRefusals.slice(0, 5).map((r) => [r.status, r.code]))}` : ''}`);
  console.log(`uploads during Redis outage:  ${duringRedis.length} (${duringRedis.filter((r) => r.status === 202).length} accepted)`);
  console.log(`worker SIGKILLs mid-parse:    ${kills}`);
  console.log(`health during Redis outage:   ${reportedOutage ? 'reported (503, redis down)' : 'NOT reported'}; at the end: ${recovered ? 'recovered (200)' : 'NOT recovered'}`);
  console.log(`sweeper rescues:              ${sweeps ? `${sweeps.requeued} re-queued, ${sweeps.failed} failed` : 'n/a'}`);
  console.log(`final states:                 ${JSON.stringify(outcome.outcomes)}`);
  console.log(`lost: ${outcome.lost.length}, duplicated: ${outcome.duplicated.length + outcome.inconsistent.length}, stuck: ${Math.max(outcome.stuck.length, stillWaiting.length)}`);
  if (outcome.inconsistent.length) console.log(`  different answer counts for one document: ${outcome.inconsistent.join('; ')}`);
  console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);

  await db.end();
  await Promise.all([...workers, api].map((p) => p.stop()));
  await redis.kill();
  await dropDatabase(databaseUrl).catch((error) => log(`could not drop the run's database: ${error.message}`));
  const failed =
    outcome.lost.length + outcome.duplicated.length + outcome.inconsistent.length + outcome.stuck.length + badRefusals.length > 0 ||
    !reportedOutage || !recovered || kills < 3;
  if (!failed) rmSync(dir, { recursive: true, force: true });
  else console.log(`logs kept in ${dir}`);
  process.exit(failed ? 1 : 0);
}

main().catch(async (error) => {
  console.error(`test:faults: ${error.stack ?? error.message}`);
  await Promise.all(running.map((p) => p.kill().catch(() => undefined)));
  process.exit(1);
});
