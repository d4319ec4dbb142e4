import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const WORKER_MAIN = resolve(__dirname, '../../../apps/worker/dist/main.js');

export interface SpawnedWorker {
  process: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for exit (graceful); SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<number | null>;
  kill(): Promise<void>;
}

/** Starts the built worker as a real process, resolving once it has reported that it started. */
export async function spawnWorker(env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<SpawnedWorker> {
  if (!existsSync(WORKER_MAIN)) {
    throw new Error(`${WORKER_MAIN} is missing: run "npm run build" before the integration tests.`);
  }
  const child = spawn(process.execPath, [WORKER_MAIN], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`worker did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = () => {
      if (output.includes('worker started')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`worker exited with ${code} before starting:\n${output}`));
    });
  });

  return {
    process: child,
    output: () => output,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
