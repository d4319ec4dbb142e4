import { type ParseOptions, type ParsedSubmission } from '@app/parser';
import { QUEUE_SETTINGS, QueueName } from '@app/queue';
import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { ParsePool } from './parse-pool';

/** Parses a document somewhere it cannot harm the worker. */
export interface DocumentParser {
  parse(bytes: Uint8Array, options: Omit<ParseOptions, 'knowledge'>, label: string): Promise<ParsedSubmission>;
}
export const DOCUMENT_PARSER = Symbol('DOCUMENT_PARSER');

// The parser's own deadline (a promise race) answers first when it can; the kill comes this much later and
// stops synchronous work the race cannot.
const KILL_GRACE_MS = 2_000;

/**
 * Every document is parsed in a separate process with a V8 heap ceiling, an RSS watchdog and a wall-clock
 * kill (PARSE_MAX_MEMORY_MB, PARSE_TIMEOUT_MS), so a hostile or enormous document fails on its own and the
 * worker, and the other landlords' parses beside it, carry on.
 */
@Injectable()
export class IsolatedParser implements DocumentParser, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(IsolatedParser.name);
  private readonly pool: ParsePool;

  constructor(@Inject(WORKER_CONFIG) config: WorkerConfig) {
    this.pool = new ParsePool({
      size: QUEUE_SETTINGS[QueueName.SubmissionParse].concurrency,
      maxMemoryMb: config.PARSE_MAX_MEMORY_MB,
      timeoutMs: config.PARSE_TIMEOUT_MS + KILL_GRACE_MS,
      sampleIntervalMs: 100,
      maxParsesPerProcess: 50,
      onReport: ({ label, outcome, elapsedMs, peakRssMb, pid }) =>
        this.logger.log(`parse of ${label}: ${outcome} in ${elapsedMs} ms, peak RSS ${peakRssMb} MB (process ${pid})`),
      onProcessError: (error) => this.logger.warn(`a parse process could not start: ${error.message}`),
    });
  }

  /** Warms the processes in the background: the worker takes jobs at once, the first may wait for a start-up. */
  onModuleInit(): void {
    void this.pool.warm();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }

  async parse(bytes: Uint8Array, options: Omit<ParseOptions, 'knowledge'>, label: string): Promise<ParsedSubmission> {
    this.logger.debug(`parse of ${label}: started`);
    return (await this.pool.parse(bytes, options, label)).result;
  }
}
