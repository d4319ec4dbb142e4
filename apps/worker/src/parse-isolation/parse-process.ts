import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedSubmission } from '@app/parser';
import { ParseError } from '@app/parser';
import { ParseLimitError } from './parse-limit.error';
import type { ChildMessage, ParseReplyMessage, ParseRequestMessage } from './parse-messages';
import { residentBytes, toMb } from './process-memory';

export interface ParseProcessLimits {
  /** Resident memory a parse may use, V8 heap and everything outside it. */
  maxMemoryMb: number;
  /** Wall-clock time after which the process is killed. */
  timeoutMs: number;
  /** How often resident memory is sampled. */
  sampleIntervalMs: number;
}

export interface ParseRun {
  result: ParsedSubmission;
  elapsedMs: number;
  peakRssMb: number;
}

/** Outcome of a run for the log, whatever happened. */
export interface RunReport {
  outcome: string;
  elapsedMs: number;
  peakRssMb: number;
  pid: number;
}

const STDERR_TAIL = 4_000;
const READY_TIMEOUT_MS = 30_000;
// V8 gets most of the ceiling as heap, so ordinary growth meets V8's own limit (a clean out-of-memory) and the
// RSS watchdog catches what lives outside the heap (decompressed streams, array buffers).
const HEAP_SHARE = 0.75;
const V8_OUT_OF_MEMORY = /heap out of memory|allocation failed|invalid array length|invalid string length|array buffer allocation failed/i;

/** Where the child entry point is: the built file next to this one, or the source file under tsx in tests. */
function childEntry(): { path: string; execArgv: string[] } {
  const built = join(__dirname, 'parse-child.js');
  if (existsSync(built)) return { path: built, execArgv: [] };
  return { path: join(__dirname, 'parse-child.ts'), execArgv: ['--conditions=@app/source', '--import', 'tsx'] };
}

/**
 * One forked parse process, kept warm between documents. `run` sends a document and enforces the limits from
 * outside: SIGKILL at the time limit or when resident memory passes the ceiling; V8's heap limit is set at fork.
 */
export class ParseProcess {
  private stderrTail = '';
  private exited = false;
  parses = 0;

  private constructor(private readonly child: ChildProcess) {
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-STDERR_TAIL);
    });
    child.once('exit', () => (this.exited = true));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return !this.exited;
  }

  static async start(maxMemoryMb: number): Promise<ParseProcess> {
    const entry = childEntry();
    const heapMb = Math.max(64, Math.floor(maxMemoryMb * HEAP_SHARE));
    const child = fork(entry.path, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    const parseProcess = new ParseProcess(child);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error(`the parse process did not start within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
      const onMessage = (message: ChildMessage) => {
        if (message.kind !== 'ready') return;
        cleanup();
        resolve();
      };
      const onExit = (code: number | null, signal: string | null) =>
        fail(new Error(`the parse process exited while starting (${signal ?? `exit ${code}`}): ${parseProcess.stderrTail.trim()}`));
      const cleanup = () => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const fail = (error: Error) => {
        cleanup();
        child.kill('SIGKILL');
        reject(error);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
    return parseProcess;
  }

  /** Parses one document; rejects with ParseError (the document), ParseLimitError (killed) or Error (transient). */
  run(request: Omit<ParseRequestMessage, 'kind'>, limits: ParseProcessLimits, report: (r: RunReport) => void): Promise<ParseRun> {
    this.parses++;
    this.stderrTail = '';
    const started = performance.now();
    let peak = residentBytes(this.pid) ?? 0;
    let killedFor: 'timeout' | 'memory' | null = null;
    const child = this.child;
    const limitBytes = limits.maxMemoryMb * 1024 * 1024;

    return new Promise<ParseRun>((resolve, reject) => {
      const elapsed = () => Math.round(performance.now() - started);
      const details = () => ({ elapsedMs: elapsed(), peakRssMb: toMb(peak), limitMb: limits.maxMemoryMb, timeoutMs: limits.timeoutMs });
      const kill = (reason: 'timeout' | 'memory') => {
        if (killedFor) return;
        killedFor = reason;
        child.kill('SIGKILL');
      };
      const watchdog = setInterval(() => {
        const rss = residentBytes(this.pid);
        if (rss === null) return;
        peak = Math.max(peak, rss);
        if (rss > limitBytes) kill('memory');
      }, limits.sampleIntervalMs);
      const deadline = setTimeout(() => kill('timeout'), limits.timeoutMs);

      const finish = (outcome: string, settle: () => void) => {
        clearInterval(watchdog);
        clearTimeout(deadline);
        child.off('message', onMessage);
        child.off('exit', onExit);
        peak = Math.max(peak, (this.alive && residentBytes(this.pid)) || 0);
        report({ outcome, elapsedMs: elapsed(), peakRssMb: toMb(peak), pid: this.pid });
        settle();
      };
      const onMessage = (message: ChildMessage) => {
        if (message.kind === 'ready') return;
        const reply: ParseReplyMessage = message;
        switch (reply.kind) {
          case 'parsed':
            return finish('parsed', () => resolve({ result: reply.result, elapsedMs: elapsed(), peakRssMb: toMb(peak) }));
          case 'rejected':
            return finish(reply.code, () => reject(new ParseError(reply.code, reply.message, reply.details)));
          case 'crashed':
            if (V8_OUT_OF_MEMORY.test(reply.message)) {
              return finish('parse_out_of_memory', () => reject(outOfMemory(details())));
            }
            return finish('crashed', () => reject(new Error(`the parser failed: ${reply.message}`)));
        }
      };
      const onExit = (code: number | null, signal: string | null) => {
        if (killedFor === 'timeout') return finish('parse_timeout', () => reject(timedOut(details())));
        if (killedFor === 'memory' || V8_OUT_OF_MEMORY.test(this.stderrTail)) {
          return finish('parse_out_of_memory', () => reject(outOfMemory(details())));
        }
        // Killed from outside (the host's OOM killer, an operator): not the document's fault as far as we know.
        finish('exited', () =>
          reject(new Error(`the parse process exited unexpectedly (${signal ?? `exit ${code}`}) ${this.stderrTail.trim().slice(-500)}`.trim())),
        );
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      // A failed send means the channel is gone: the exit that follows settles the run as a transient failure.
      child.send({ kind: 'parse', ...request } satisfies ParseRequestMessage, (error) => {
        if (error) child.kill('SIGKILL');
      });
    });
  }

  stop(): void {
    if (this.alive) this.child.kill('SIGKILL');
  }

  /** Resident memory now, to decide whether the process is worth keeping for the next document. */
  residentMb(): number {
    return toMb(residentBytes(this.pid) ?? 0);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

function timedOut(details: ParseLimitError['details']): ParseLimitError {
  return new ParseLimitError(
    'parse_timeout',
    `Reading the document was stopped after ${seconds(details.timeoutMs)}, the time limit.`,
    details,
  );
}

function outOfMemory(details: ParseLimitError['details']): ParseLimitError {
  return new ParseLimitError(
    'parse_out_of_memory',
    `Reading the document needed more than ${details.limitMb} MB of memory (the limit) and was stopped after ${details.elapsedMs} ms.`,
    details,
  );
}
