import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { resolve } from 'node:path';
// The browser tests run the whole system; only they use the shared test helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dropDatabase, migrateDatabase } from '@app/db';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type SpawnedWorker, spawnWorker, testEnv, waitFor } from '@app/testing';

const ROOT = resolve(__dirname, '../../../..');
const API_MAIN = resolve(ROOT, 'apps/api/dist/main.js');
const SEED = resolve(ROOT, 'apps/api/dist/cli/seed.js');
const WEB_DIST = resolve(ROOT, 'apps/web/dist');

export interface Stack {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  apiOutput: () => string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}

function run(file: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [file], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? done(output) : fail(new Error(`${file} exited with ${code}:\n${output}`)),
    );
  });
}

/**
 * The real API (serving the built dashboard) and a real worker on the per-run database,
 * with the first admin account created by the seed command.
 */
export async function startStack(admin: { email: string; password: string }): Promise<Stack> {
  for (const [file, what] of [
    [API_MAIN, 'the API'],
    [resolve(WEB_DIST, 'index.html'), 'the dashboard'],
  ] as const) {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run "npm run build" to build ${what} before the browser tests.`);
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Each stack has its own database and queue prefix: a spec never sees another spec's uploads, whatever their order.
  const shared = testEnv();
  const suffix = randomBytes(3).toString('hex');
  const databaseUrl = `${shared['DATABASE_URL']}_${suffix}`;
  await migrateDatabase(databaseUrl);
  const env = testEnv({
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: `${shared['QUEUE_PREFIX']}-${suffix}`,
    PORT: String(port),
    WEB_DIST_DIR: WEB_DIST,
    PUBLIC_URL: baseUrl,
    CORS_ORIGIN: baseUrl,
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    LOGIN_RATE_LIMIT: '10000',
    // The browser tests load their own landlords and years; the generated sample sector would outnumber them.
    SAMPLE_SECTOR_LANDLORDS: '0',
  });
  if (existsSync(SEED)) await run(SEED, env);

  const api: ChildProcess = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  api.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  api.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((done) => api.once('exit', () => done()));

  let worker: SpawnedWorker | null = null;
  const stop = async () => {
    await worker?.stop(5_000);
    if (api.exitCode === null && api.signalCode === null) {
      api.kill('SIGTERM');
      const timer = setTimeout(() => api.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await dropDatabase(databaseUrl);
  };

  try {
    await waitFor(
      async () => {
        if (api.exitCode !== null) throw new Error(`the API exited with ${api.exitCode}:\n${output}`);
        const response = await fetch(`${baseUrl}/api/health`);
        return response.ok;
      },
      { timeoutMs: 90_000, intervalMs: 200, what: 'the API to answer /api/health' },
    );
    worker = await spawnWorker(env);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nAPI output:\n${output}`);
  }
  return { baseUrl, env, apiOutput: () => output, stop };
}
