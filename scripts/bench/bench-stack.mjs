// What the benches share: a throwaway database name and Redis (and their removal), a free port, the built API
// started against a database (and stopped), a generated sample sector, an analyst signed in through the API, and
// the process memory and machine load they report.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../lib.mjs';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const API_MAIN = join(ROOT, 'apps/api/dist/main.js');
export const BENCH_PASSWORD = 'bench-password-not-secret';

/** This run's id, and where its throwaway database and Redis keys go. */
export function benchRun() {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const serverUrl = (
    process.env.BENCH_DATABASE_SERVER_URL ??
    process.env.TEST_DATABASE_SERVER_URL ??
    'postgres://postgres@127.0.0.1:5432'
  ).replace(/\/$/, '');
  const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  return { runId, serverUrl, redisUrl };
}

/** Drops the run's database and deletes its Redis keys, or says where they were kept (`--keep`). */
export async function removeRun({ databaseUrl, redisUrl, queuePrefix, keep }) {
  if (keep) {
    console.log(`kept database ${databaseUrl} and Redis prefix ${queuePrefix}`);
    return;
  }
  const { dropDatabase } = require('@app/db');
  const IORedis = require('ioredis');
  await dropDatabase(databaseUrl);
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = nextCursor;
  } while (cursor !== '0');
  redis.disconnect();
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** How busy the machine was while measuring, for the last line of a report. */
export function machineLoad() {
  const [load] = readFileSync('/proc/loadavg', 'utf8').split(' ');
  return `load average ${load} on ${cpus().length} cores while measuring`;
}

/** Stops with a message when a built file the bench runs is missing. */
export function requireBuilt(...files) {
  for (const file of files) {
    if (!existsSync(file)) {
      console.error(`${file} is missing: run "npm run build" first.`);
      process.exit(1);
    }
  }
}

/** Generates the sample sector (unless the bench reuses a database) and prints how long it took. */
export async function generateSector(db, { landlords, years, showSteps = false }) {
  const { generateSampleSector } = require('@app/db');
  const started = performance.now();
  const result = await generateSampleSector(db, { landlords, years });
  const steps = showSteps
    ? ` (${Object.entries(result.timings)
        .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
        .join(', ')})`
    : '';
  console.log(
    `generation:  ${((performance.now() - started) / 1000).toFixed(1)} s for ${result.landlords} landlords, ${result.submissions} submissions, ${result.answers} answers${steps}`,
  );
  await db.query('VACUUM ANALYZE');
}

/** An analyst account with BENCH_PASSWORD. */
export async function createAnalyst(db, email) {
  const { UserRepository } = require('@app/db');
  const argon2 = require('argon2');
  await new UserRepository(db).create({
    email,
    role: 'analyst',
    landlordId: null,
    passwordHash: await argon2.hash(BENCH_PASSWORD),
  });
}

/** The environment of a bench's API (and workers): production mode, quiet, no sign-in limit, no dashboard. */
export function benchEnv({ databaseUrl, redisUrl, queuePrefix, port }) {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT: '100000',
    WEB_DIST_DIR: join(ROOT, 'apps/web/dist-not-served-in-bench'),
  };
}

/**
 * The built API in production mode on a free port, answering /api/health: its pid, its address and `stop()`.
 * `env` adds or overrides settings (e.g. a bench's upload limits).
 */
export async function startApi({ databaseUrl, redisUrl, queuePrefix, env: extra = {} }) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { ...process.env, ...benchEnv({ databaseUrl, redisUrl, queuePrefix, port }), ...extra };
  let output = '';
  const api = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout.on('data', (c) => (output = (output + c).slice(-20_000)));
  api.stderr.on('data', (c) => (output = (output + c).slice(-20_000)));
  const stop = async () => {
    if (api.exitCode !== null) return;
    const exited = new Promise((r) => api.once('exit', r));
    api.kill('SIGTERM');
    setTimeout(() => api.kill('SIGKILL'), 15_000).unref();
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API did not answer within a minute:\n${output}`);
    }
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.status < 500,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return { pid: api.pid, base, stop };
}

/** Signs in through the API: the session cookie to send, and the CSRF token of state-changing requests. */
export async function signIn(base, email) {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = await login.json();
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrfToken };
}
