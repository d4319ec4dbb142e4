import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** A job to hand to the queue, written in the same transaction as the data it acts on. */
export interface OutboxMessageInput {
  queue: string;
  jobName: string;
  jobId: string;
  payload: unknown;
}

export interface PendingOutboxMessage extends OutboxMessageInput {
  id: string;
  attempts: number;
}

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
      const rows: { id: string; queue: string; job_name: string; job_id: string; payload: unknown; attempts: number }[] =
        await manager.query(
          `SELECT id, queue, job_name, job_id, payload, attempts FROM outbox_messages
           WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [limit],
        );
      if (rows.length === 0) return { dispatched: 0, failed: 0, lastError: null };
      const results = await send(
        rows.map((r) => ({ id: String(r.id), queue: r.queue, jobName: r.job_name, jobId: r.job_id, payload: r.payload, attempts: r.attempts })),
      );
      const ok: string[] = [];
      const failed: { id: string; error: string }[] = [];
      for (const row of rows) {
        const error = results.get(String(row.id));
        if (error === null) ok.push(String(row.id));
        else failed.push({ id: String(row.id), error: error?.message ?? 'not sent' });
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
    const [row]: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM outbox_messages WHERE dispatched_at IS NULL',
    );
    return row?.n ?? 0;
  }

  /** Dispatched messages are kept a while for inspection, then removed. */
  async pruneDispatched(olderThanHours: number): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM outbox_messages WHERE dispatched_at < now() - make_interval(hours => $1)`,
      [olderThanHours],
    );
    return result[1] ?? 0;
  }
}
