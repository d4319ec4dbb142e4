#!/usr/bin/env node
// `npm run -s bench:api -- [--landlords 2000] [--years 7] [--requests 100] [--database-url <url of a generated sector>] [--keep]`
// Generates the sample sector on a throwaway database, starts the built API against it, signs in as an analyst and
// times sequential requests per endpoint (scripts/bench/api-endpoints.mjs), printing p50/p95 and the generation time.
// Needs a build.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { API_BENCH_ENDPOINTS } from './api-endpoints.mjs';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const API_MAIN = join(ROOT, 'apps/api/dist/main.js');
const TARGET_P95_MS = 50;

const { values } = parseArgs({
  options: {
    landlords: { type: 'string', default: '2000' },
    years: { type: 'string', default: '7' },
    requests: { type: 'string', default: '100' },
    'database-url': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
if (!existsSync(API_MAIN)) {
  console.error(`${API_MAIN} is missing: run "npm run build" first.`);
  process.exit(1);
}

const {
  dropDatabase,
  migrateDatabase,
  createDataSource,
  generateSampleSector,
  UserRepository,
} = require('@app/db');
const argon2 = require('argon2');

const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const serverUrl = (
  process.env.BENCH_DATABASE_SERVER_URL ??
  process.env.TEST_DATABASE_SERVER_URL ??
  'postgres://postgres@127.0.0.1:5432'
).replace(/\/$/, '');
const reuse = values['database-url'];
const databaseUrl = reuse ?? `${serverUrl}/chc_bench_api_${runId}`;
const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'bench-password-not-secret';
const EMAIL = `bench-${runId}@example.org`;

function freePort() {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function main() {
  const landlords = Number(values.landlords);
  const years = Number(values.years);
  const requests = Number(values.requests);
  console.log(
    `bench:api: ${reuse ? 'existing database' : `${landlords} landlords x ${years} years`}, ${requests} sequential requests per endpoint`,
  );
  await migrateDatabase(databaseUrl);
  const db = createDataSource(databaseUrl);
  await db.initialize();
  let api;
  try {
    if (!reuse) {
      const started = performance.now();
      const result = await generateSampleSector(db, { landlords, years });
      const steps = Object.entries(result.timings)
        .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`)
        .join(', ');
      console.log(
        `generation:  ${((performance.now() - started) / 1000).toFixed(1)} s for ${result.landlords} landlords, ${result.submissions} submissions, ${result.answers} answers (${steps})`,
      );
      await db.query('VACUUM ANALYZE');
    }
    await new UserRepository(db).create({
      email: EMAIL,
      role: 'analyst',
      landlordId: null,
      passwordHash: await argon2.hash(PASSWORD),
    });
    const [context] = await db.query(
      `SELECT max(assessment_year) AS year, min(assessment_year) AS "firstYear",
              (SELECT landlord_id FROM counting_submissions GROUP BY landlord_id ORDER BY count(*) DESC, landlord_id LIMIT 1) AS "landlordId"
         FROM counting_submissions`,
    );
    context.previousYear = context.year - 1;

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: `chc-bench-api-${runId}`,
      PORT: String(port),
      PUBLIC_URL: base,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '100000',
      WEB_DIST_DIR: join(ROOT, 'apps/web/dist-not-served-in-bench'),
    };
    let output = '';
    api = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    api.stdout.on('data', (c) => (output = (output + c).slice(-20_000)));
    api.stderr.on('data', (c) => (output = (output + c).slice(-20_000)));
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (api.exitCode !== null) throw new Error(`the API exited:\n${output}`);
      if (Date.now() > deadline) throw new Error(`the API did not answer within a minute:\n${output}`);
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.status < 500,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

    let missed = 0;
    console.log('');
    console.log(
      `${'endpoint'.padEnd(38)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   bytes`,
    );
    for (const endpoint of API_BENCH_ENDPOINTS) {
      const path = endpoint.path(context);
      const times = [];
      let bytes = 0;
      for (let i = 0; i < requests + 3; i++) {
        const started = performance.now();
        const res = await fetch(`${base}${path}`, { headers: { cookie, accept: 'application/json' } });
        const body = await res.arrayBuffer();
        const ms = performance.now() - started;
        if (!res.ok) throw new Error(`${path}: ${res.status} ${Buffer.from(body).toString().slice(0, 500)}`);
        bytes = body.byteLength;
        if (i >= 3) times.push(ms); // the first calls warm the connection pool and plans
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      if (p95 > (endpoint.targetP95Ms ?? TARGET_P95_MS)) missed += 1;
      console.log(
        `${endpoint.name.padEnd(38)} ${`${percentile(times, 50).toFixed(1)} ms`.padStart(8)} ${`${p95.toFixed(1)} ms`.padStart(8)} ${`${times.at(-1).toFixed(1)} ms`.padStart(8)}   ${bytes}`,
      );
    }
    console.log('');
    console.log(
      missed
        ? `${missed} endpoint(s) above the p95 target of ${TARGET_P95_MS} ms`
        : `every endpoint within the p95 target of ${TARGET_P95_MS} ms`,
    );
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((r) => api.once('exit', r));
      api.kill('SIGTERM');
      setTimeout(() => api.kill('SIGKILL'), 15_000).unref();
      await exited;
    }
    await db.query('DELETE FROM users WHERE email = $1', [EMAIL]).catch(() => undefined);
    await db.destroy();
    if (reuse) return;
    if (values.keep) console.log(`kept database ${databaseUrl}`);
    else await dropDatabase(databaseUrl);
  }
}

main().catch((error) => {
  console.error(`bench:api: ${error.stack ?? error.message}`);
  process.exit(1);
});
