import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectOne, selectRows } from './sql';

/** A job to hand to the queue, written in the same transaction as the data it acts on. */
export interface OutboxMessageInput {
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

const pendingMessageSchema = z.object({
  id: z.string(),
  queue: z.string(),
  jobName: z.string(),
  jobId: z.string(),
  payload: z.unknown(),
  attempts: z.number(),
});
export type PendingOutboxMessage = z.output<typeof pendingMessageSchema> & OutboxMessageInput;

/** What the sender did with each message: null when the queue accepted it, else the error. */
export type DispatchResults = Map<string, Error | null>;

export async function insertOutboxMessage(manager: EntityManager, message: OutboxMessageInput): Promise<void> {
  await manager.query('INSERT INTO outbox_messages (queue, job_name, job_id, payload) VALUES ($1, $2, $3, $4)', [
    message.queue,
    message.jobName,
    message.jobId,
    JSON.stringify(message.payload),
  ]);
}

@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims up to `limit` undispatched messages (skipping rows another relay holds), lets `send` queue them,
   * and records the outcome, all in one transaction: a crash before commit leaves them pending, and sending
   * twice is harmless because job ids are deterministic.
   */
  async dispatchPending(
    limit: number,
    send: (messages: PendingOutboxMessage[]) => Promise<DispatchResults>,
  ): Promise<{ dispatched: number; failed: number; lastError: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await selectRows(
        manager,
        `SELECT id::text AS id, queue, job_name AS "jobName", job_id AS "jobId", payload, attempts FROM outbox_messages
         WHERE dispatched_at IS NULL ORDER BY outbox_messages.id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
        pendingMessageSchema,
      );
      if (rows.length === 0) return { dispatched: 0, failed: 0, lastError: null };
      const results = await send(rows);
      const ok: string[] = [];
      const failed: { id: string; error: string }[] = [];
      for (const row of rows) {
        const error = results.get(row.id);
        if (error === null) ok.push(row.id);
        else failed.push({ id: row.id, error: error?.message ?? 'not sent' });
      }
      if (ok.length) {
        await manager.query('UPDATE outbox_messages SET dispatched_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])', [ok]);
      }
      for (const { id, error } of failed) {
        await manager.query('UPDATE outbox_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [id, error.slice(0, 500)]);
      }
      return { dispatched: ok.length, failed: failed.length, lastError: failed[0]?.error ?? null };
    });
  }

  async pendingCount(): Promise<number> {
    const row = await selectOne(
      this.dataSource.manager,
      'SELECT count(*)::int AS n FROM outbox_messages WHERE dispatched_at IS NULL',
      [],
      z.object({ n: z.number() }),
    );
    return row.n;
  }

  /** Dispatched messages are kept a while for inspection, then removed. */
  async pruneDispatched(olderThanHours: number): Promise<number> {
    const pruned = await selectOne(
      this.dataSource.manager,
      `WITH pruned AS (DELETE FROM outbox_messages WHERE dispatched_at < now() - make_interval(hours => $1) RETURNING 1)
       SELECT count(*)::int AS n FROM pruned`,
      [olderThanHours],
      z.object({ n: z.number() }),
    );
    return pruned.n;
  }
}
