// Keeps the processes `npm start` runs alive: one that dies is restarted after a growing pause, its death
// logged with its cause, while the others carry on. Used by scripts/start.mjs.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { formatLogLine, isQuietRequest } from './log-format.mjs';

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
// A process that stayed up this long is considered healthy again: its next death restarts it promptly.
const STABLE_AFTER_MS = 60_000;

/** Describes how a child ended in words an operator can act on. */
export function describeExit(code, signal) {
  if (signal === 'SIGKILL') return 'killed by SIGKILL (out of memory on the host, or killed by hand)';
  if (signal) return `killed by ${signal}`;
  if (code === 134) return 'aborted (exit 134: usually V8 running out of heap)';
  return `exited with code ${code}`;
}

export class Supervisor {
  constructor({ env, readable, onLine }) {
    this.env = env;
    this.readable = readable;
    this.onLine = onLine ?? (() => undefined);
    this.children = new Map();
    this.stopping = false;
  }

  /** Starts `script` under `name` and restarts it whenever it dies, until stop(). */
  add(name, script) {
    const state = { name, script, child: null, failures: 0, startedAt: 0, timer: null, restarts: 0 };
    this.children.set(name, state);
    this.launch(state);
  }

  launch(state) {
    state.startedAt = Date.now();
    const child = spawn(process.execPath, [state.script], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    state.child = child;
    let lastError = '';
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (stream === child.stderr && line.trim()) lastError = line.trim();
        this.onLine(state.name, line);
        this.print(state.name, line, stream === child.stderr);
      });
    }
    child.once('exit', (code, signal) => {
      state.child = null;
      if (this.stopping) return;
      if (Date.now() - state.startedAt > STABLE_AFTER_MS) state.failures = 0;
      const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** state.failures);
      state.failures++;
      state.restarts++;
      const cause = describeExit(code, signal);
      this.say('warn', `${state.name} ${cause}${lastError ? ` (last error: ${lastError.slice(0, 300)})` : ''}; restarting in ${delay / 1000} s (restart ${state.restarts})`);
      state.timer = setTimeout(() => this.launch(state), delay);
    });
  }

  print(name, line, isError) {
    if (!this.readable) {
      (isError ? process.stderr : process.stdout).write(`${line}\n`);
      return;
    }
    if (isQuietRequest(line)) return;
    const formatted = formatLogLine(line, name) ?? `${name.padEnd(6)} ${line}`;
    (isError ? process.stderr : process.stdout).write(`${formatted}\n`);
  }

  say(level, message) {
    const entry = { level: level === 'warn' ? 40 : 30, time: new Date().toISOString(), service: 'start', msg: message };
    this.print('start', JSON.stringify(entry), level === 'warn');
  }

  /** SIGTERM to every child, SIGKILL to those still running after `graceMs`. */
  async stop(graceMs = 20_000) {
    this.stopping = true;
    const waits = [];
    for (const state of this.children.values()) {
      clearTimeout(state.timer);
      const child = state.child;
      if (!child) continue;
      waits.push(new Promise((resolve) => child.once('exit', resolve)));
      child.kill('SIGTERM');
    }
    const timer = setTimeout(() => {
      for (const state of this.children.values()) state.child?.kill('SIGKILL');
    }, graceMs);
    await Promise.all(waits);
    clearTimeout(timer);
  }
}
