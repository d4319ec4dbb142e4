import type { ParseOptions } from '@app/parser';
import { ParseProcess, type ParseProcessLimits, type ParseRun, type RunReport } from './parse-process';

export interface ParsePoolOptions extends ParseProcessLimits {
  /** Documents parsed at once (one process each). */
  size: number;
  /** A process is replaced after this many documents, so slow leaks never accumulate. */
  maxParsesPerProcess: number;
  onReport?: (report: RunReport & { label: string }) => void;
  onProcessError?: (error: Error) => void;
}

/**
 * A small pool of warm parse processes. Each document gets a process of its own for the length of its parse;
 * a process that was killed, or has grown past half the memory ceiling, is replaced by a fresh one in the
 * background so the next document does not wait for a start-up.
 */
export class ParsePool {
  private readonly idle: ParseProcess[] = [];
  private readonly waiting: ((slot: true) => void)[] = [];
  private readonly all = new Set<ParseProcess>();
  private busy = 0;
  private closed = false;

  constructor(private readonly options: ParsePoolOptions) {}

  /** Starts the warm processes; failures here are reported, the pool starts processes on demand anyway. */
  async warm(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.size }, () => this.spawnIdle()));
  }

  async parse(bytes: Uint8Array, options: Omit<ParseOptions, 'knowledge'>, label: string): Promise<ParseRun> {
    await this.acquire();
    let worker: ParseProcess | undefined;
    try {
      worker = this.takeIdle() ?? (await this.spawn());
      return await worker.run({ bytes, options }, this.options, (report) => this.options.onReport?.({ ...report, label }));
    } finally {
      if (worker) this.recycle(worker);
      this.release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const worker of this.all) worker.stop();
    this.all.clear();
    this.idle.length = 0;
  }

  get stats(): { processes: number; busy: number; waiting: number } {
    return { processes: this.all.size, busy: this.busy, waiting: this.waiting.length };
  }

  private recycle(worker: ParseProcess): void {
    const worn = worker.parses >= this.options.maxParsesPerProcess || worker.residentMb() > this.options.maxMemoryMb / 2;
    if (worker.alive && !worn && !this.closed && this.idle.length < this.options.size) {
      this.idle.push(worker);
      return;
    }
    worker.stop();
    this.all.delete(worker);
    if (!this.closed && this.all.size < this.options.size) void this.spawnIdle();
  }

  private takeIdle(): ParseProcess | undefined {
    for (let worker = this.idle.pop(); worker; worker = this.idle.pop()) {
      if (worker.alive) return worker;
      this.all.delete(worker);
    }
    return undefined;
  }

  private async spawnIdle(): Promise<void> {
    try {
      const worker = await this.spawn();
      if (this.closed) worker.stop();
      else this.idle.push(worker);
    } catch (error) {
      this.options.onProcessError?.(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private async spawn(): Promise<ParseProcess> {
    const worker = await ParseProcess.start(this.options.maxMemoryMb);
    this.all.add(worker);
    return worker;
  }

  private acquire(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the parse pool is closed'));
    if (this.busy < this.options.size) {
      this.busy++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => resolve()));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next(true);
    else this.busy--;
  }
}
