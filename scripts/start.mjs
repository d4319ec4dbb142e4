#!/usr/bin/env node
// `npm start`: install if needed, build, migrate, seed, then run and supervise the API (serving the dashboard) and the worker.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { canConnect, run } from './lib.mjs';
import { Supervisor } from './supervise.mjs';

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/chc',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  PORT: process.env.PORT ?? '3000',
};
const url = process.env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
// Links the API writes (password links) must name the address it is really reached at.
env.PUBLIC_URL = url;
// Readable lines in a terminal; JSON lines (for a log collector) when piped or in production.
const readable = Boolean(process.stdout.isTTY) && process.env.NODE_ENV !== 'production' && process.env.LOG_FORMAT !== 'json';
const say = (message) => console.log(`\n\x1b[1m> ${message}\x1b[0m`);

async function main() {
  if (!(await canConnect(env.DATABASE_URL, 5432))) {
    throw new Error(`PostgreSQL is not reachable at ${new URL(env.DATABASE_URL).host}. Start it or set DATABASE_URL.`);
  }
  if (!(await canConnect(env.REDIS_URL, 6379))) {
    throw new Error(`Redis is not reachable at ${new URL(env.REDIS_URL).host}. Start it or set REDIS_URL.`);
  }
  if (!existsSync('node_modules/.package-lock.json')) {
    say('Installing dependencies (npm ci)');
    await run('npm', ['ci']);
  }
  say('Building');
  // No stdin: a first build in a terminal would otherwise stop at Nx's usage-data question.
  await run('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], {
    env: { ...env, NX_DAEMON: 'false' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  say('Migrating the database');
  await run(process.execPath, ['scripts/migrate.mjs'], { env });
  let accounts = [];
  if (existsSync('apps/api/dist/cli/seed.js')) {
    say('Loading accounts and sample data');
    accounts = await seed({ ...env, PUBLIC_URL: url });
  }
  say('Starting the API and the worker');
  let listeningPort = null;
  const supervisor = new Supervisor({
    env,
    readable,
    // The API logs the port it really listens on; the Ready block and the health check use that one.
    onLine: (name, line) => {
      if (name !== 'api' || !line.includes('API listening')) return;
      try {
        listeningPort = String(JSON.parse(line).port ?? listeningPort);
      } catch {
        // not a JSON line
      }
    },
  });
  supervisor.add('api', 'apps/api/dist/main.js');
  supervisor.add('worker', 'apps/worker/dist/main.js');
  const stop = (code) => {
    setTimeout(() => process.exit(code), 25_000).unref();
    supervisor.stop().then(() => process.exit(code));
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));

  const port = await waitForHealth(() => listeningPort ?? env.PORT);
  if (port) {
    const base = process.env.PUBLIC_URL ?? `http://localhost:${port}`;
    say(`Ready: open ${base}`);
    console.log(`  Listening:  http://localhost:${port} (port ${port})`);
    console.log(`  API docs:   ${base}/api/docs`);
    console.log(`  Health:     ${base}/api/health`);
    console.log(`  Queues:     ${base}/admin/queues (admins)`);
    if (accounts.length) {
      console.log('  Sign in with:');
      for (const line of accounts) console.log(`  ${line}`);
    }
    console.log('  A process that stops is restarted; press Ctrl+C to stop everything.');
  }
}

/** Waits until /api/health answers 200 on the port the API reports; returns that port, or null. */
async function waitForHealth(currentPort) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${currentPort()}/api/health`);
      if (res.ok) return currentPort();
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(`The API did not become healthy at http://127.0.0.1:${currentPort()}/api/health.`);
  return null;
}

/** Runs the seed, printing its output, and returns the lines of its account table for the Ready block. */
function seed(seedEnv) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['apps/api/dist/cli/seed.js'], { env: seedEnv, stdio: ['ignore', 'pipe', 'inherit'] });
    const lines = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      console.log(line);
      lines.push(line);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) return reject(new Error(`loading accounts and sample data failed (${signal ?? `exit ${code}`})`));
      const table = lines.findIndex((line) => line.startsWith('Accounts'));
      resolve(table < 0 ? [] : lines.slice(table + 1).filter((line) => line.startsWith('  ')));
    });
  });
}

main().catch((error) => {
  console.error(`\nnpm start: ${error.message}`);
  process.exit(1);
});
