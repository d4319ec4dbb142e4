import { OutboxRepository } from '@app/db';
import { QueueName } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { OutboxDispatcher } from './outbox-dispatcher';

const POLL_MS = 1_000;
const PRUNE_EVERY_MS = 10 * 60_000;
const KEEP_DISPATCHED_HOURS = 24;

/**
 * Runs in the API: hands outbox rows to BullMQ right after an upload commits (`kick`) and, as a safety net,
 * every second (rows a crashed request or an outage left behind). While Redis is down rows simply wait;
 * they are queued on the first pass after it returns. Several API instances may relay at once (SKIP LOCKED).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly dispatcher: OutboxDispatcher;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failing = false;
  private lastPrune = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    @InjectQueue(QueueName.SubmissionParse) parseQueue: Queue,
    @InjectQueue(QueueName.System) systemQueue: Queue,
  ) {
    this.dispatcher = new OutboxDispatcher(
      outbox,
      new Map([
        [parseQueue.name, parseQueue],
        [systemQueue.name, systemQueue],
      ]),
    );
  }

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Dispatch now (after a commit); if a pass is running, run another straight after it. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when the outbox has nothing left to send (or the queue refused); for tests and the seed step. */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    this.kick();
    while (this.running) await this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.kick();
      void (this.running ?? Promise.resolve()).finally(() => this.schedule(POLL_MS));
    }, ms);
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    try {
      const result = await this.dispatcher.drain();
      if (result.failed > 0 && !this.failing) {
        this.failing = true;
        this.logger.warn(`cannot queue parse requests yet (${result.lastError}); they wait in the outbox and are retried every second`);
      } else if (result.failed === 0 && this.failing) {
        this.failing = false;
        this.logger.log(`queue reachable again; dispatched ${result.dispatched} waiting request(s)`);
      }
      if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await this.outbox.pruneDispatched(KEEP_DISPATCHED_HOURS);
      }
    } catch (error) {
      // PostgreSQL unreachable: nothing to relay from; the next pass tries again.
      if (!this.failing) this.logger.warn(`outbox relay pass failed: ${error instanceof Error ? error.message : String(error)}`);
      this.failing = true;
    }
  }
}
