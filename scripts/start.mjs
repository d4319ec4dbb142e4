#!/usr/bin/env node
// `npm start`: install if needed, build, migrate, seed, then run the API (serving the dashboard) and the worker.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { canConnect, run } from './lib.mjs';

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/chc',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  PORT: process.env.PORT ?? '3000',
};
const url = process.env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
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
  await run('npx', ['nx', 'run-many', '-t', 'build', '--output-style=static'], { env: { ...env, NX_DAEMON: 'false' } });
  say('Migrating the database');
  await run(process.execPath, ['scripts/migrate.mjs'], { env });
  if (existsSync('apps/api/dist/cli/seed.js')) {
    say('Loading accounts and sample data');
    await run(process.execPath, ['apps/api/dist/cli/seed.js'], { env: { ...env, PUBLIC_URL: url } });
  }
  say('Starting the API and the worker');
  const children = [
    spawn(process.execPath, ['apps/api/dist/main.js'], { env, stdio: 'inherit' }),
    spawn(process.execPath, ['apps/worker/dist/main.js'], { env, stdio: 'inherit' }),
  ];
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    setTimeout(() => process.exit(code), 20_000).unref();
    Promise.all(children.map((c) => new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r())))).then(() =>
      process.exit(code),
    );
  };
  for (const child of children) child.once('exit', (code) => stop(code ?? 1));
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  const healthy = await waitForHealth(`http://127.0.0.1:${env.PORT}/api/health`);
  if (healthy) {
    say(`Ready: open ${url}`);
    console.log(`  API docs:   ${url}/api/docs`);
    console.log(`  Health:     ${url}/api/health`);
    console.log('  Press Ctrl+C to stop.');
  }
}

async function waitForHealth(healthUrl) {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(healthUrl);
      if (res.ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  console.error(`The API did not become healthy at ${healthUrl}.`);
  return false;
}

main().catch((error) => {
  console.error(`\nnpm start: ${error.message}`);
  process.exit(1);
});
