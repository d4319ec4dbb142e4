// The processes a fault run starts and breaks: its own redis-server, the built API and two workers.
// Nothing here touches the shared Redis or any database but the run's own.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { freePort } from '../lib.mjs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForPort(port, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(100);
  }
  throw new Error(`nothing listened on port ${port} within ${timeoutMs} ms`);
}

/** A process whose output goes to a log file; `exited` resolves with its exit code or signal. */
function launch(command, args, { env, log }) {
  const out = createWriteStream(log, { flags: 'a' });
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return { child, exited };
}

/** Runs a script to its end (the seed); rejects if it fails. */
export async function runOnce(script, env, log) {
  const { exited } = launch(process.execPath, [script], { env, log });
  const how = await exited;
  if (how !== 0) throw new Error(`${script} ended with ${how} (see ${log})`);
}

/** Our own redis-server on a free port, with an append-only file so a kill loses nothing acknowledged. */
export class OwnRedis {
  constructor(dir) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start() {
    this.port ??= await freePort();
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'];
    this.process = launch('redis-server', args, { env: process.env, log: join(this.dir, 'redis.log') });
    await waitForPort(this.port);
  }

  /** SIGKILL: the harshest way for Redis to go. Only ever this run's own server. */
  async kill() {
    if (!this.process) return;
    this.process.child.kill('SIGKILL');
    await this.process.exited;
    this.process = null;
  }
}

/** The built API and workers, restarted by hand like a supervisor would. */
export class AppProcess {
  constructor(name, script, env, logDir) {
    this.name = name;
    this.script = script;
    this.env = env;
    this.log = join(logDir, `${name}.log`);
    this.kills = 0;
    /** Parses this process has started and not finished (from its debug log), so a kill lands mid-parse. */
    this.inFlight = new Set();
  }

  async start(readyPattern) {
    this.process = launch(process.execPath, [this.script], { env: this.env, log: this.log });
    this.inFlight.clear();
    this.process.child.stdout.on('data', (chunk) => {
      for (const match of String(chunk).matchAll(/parse of submission (\S+): (started|\w+ in)/g)) {
        if (match[2] === 'started') this.inFlight.add(match[1]);
        else this.inFlight.delete(match[1]);
      }
    });
    let output = '';
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start within 180 s (see ${this.log})`)), 180_000);
      this.process.child.stdout.on('data', (chunk) => {
        output += chunk;
        if (readyPattern.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      });
      this.process.exited.then((how) => {
        clearTimeout(timer);
        reject(new Error(`${this.name} exited (${how}) while starting (see ${this.log})`));
      });
    });
  }

  get pid() {
    return this.process?.child.pid;
  }

  async kill(signal = 'SIGKILL') {
    if (!this.process) return;
    this.kills++;
    this.process.child.kill(signal);
    await this.process.exited;
    this.process = null;
  }

  async stop() {
    if (!this.process) return;
    const { child, exited } = this.process;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    this.process = null;
  }
}
