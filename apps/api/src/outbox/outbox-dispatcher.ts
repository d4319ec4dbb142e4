import { withTimeout } from '@app/config';
import type { DispatchResults, OutboxRepository, PendingOutboxMessage } from '@app/db';
import { QueueName, jobOptionsFor } from '@app/queue';
import type { Queue } from 'bullmq';

const SEND_TIMEOUT_MS = 3_000;
export const OUTBOX_BATCH = 200;

const isQueueName = (name: string): name is QueueName => (Object.values(QueueName) as string[]).includes(name);

/**
 * Moves pending outbox rows into BullMQ with their deterministic job ids and the queue's settings.
 * Adding a job id that already exists is a no-op in BullMQ, so sending a row twice never parses twice.
 * Used by the API's relay loop and by the re-process CLI.
 */
export class OutboxDispatcher {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly queues: ReadonlyMap<string, Queue>,
  ) {}

  /** One batch; resolves with what happened (failures stay pending for the next pass). */
  async dispatchBatch(): Promise<{ dispatched: number; failed: number; lastError: string | null }> {
    return this.outbox.dispatchPending(OUTBOX_BATCH, (messages) => this.send(messages));
  }

  /** Batches until the outbox is empty or the queue refuses. */
  async drain(): Promise<{ dispatched: number; failed: number; lastError: string | null }> {
    let dispatched = 0;
    for (;;) {
      const batch = await this.dispatchBatch();
      dispatched += batch.dispatched;
      if (batch.failed > 0) return { dispatched, failed: batch.failed, lastError: batch.lastError };
      if (batch.dispatched < OUTBOX_BATCH) return { dispatched, failed: 0, lastError: null };
    }
  }

  private async send(messages: PendingOutboxMessage[]): Promise<DispatchResults> {
    const results: DispatchResults = new Map();
    const byQueue = new Map<string, PendingOutboxMessage[]>();
    for (const message of messages) byQueue.set(message.queue, [...(byQueue.get(message.queue) ?? []), message]);
    for (const [name, group] of byQueue) {
      const queue = this.queues.get(name);
      if (!queue || !isQueueName(name)) {
        for (const m of group) results.set(m.id, new Error(`No queue named "${name}"`));
        continue;
      }
      const options = jobOptionsFor(name);
      try {
        await withTimeout(
          queue.addBulk(group.map((m) => ({ name: m.jobName, data: m.payload, opts: { ...options, jobId: m.jobId } }))),
          SEND_TIMEOUT_MS,
          'Redis',
        );
        for (const m of group) results.set(m.id, null);
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        for (const m of group) results.set(m.id, failure);
      }
    }
    return results;
  }
}
