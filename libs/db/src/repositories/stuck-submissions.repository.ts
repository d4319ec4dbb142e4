import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectOne, selectRows } from './sql';

const StuckSubmissionRow = z.object({
  id: z.string(),
  generation: z.number().int(),
  status: z.enum(['queued', 'parsing']),
  requestedAt: z.coerce.date(),
  /** Parse requests written for this generation that are still waiting in the outbox (Redis was down). */
  pendingRequests: z.number().int(),
});
export type StuckSubmission = z.output<typeof StuckSubmissionRow>;

/**
 * Submissions waiting (queued or parsing) since their current parse was requested longer ago than a limit:
 * the candidates the sweeper checks against the queue. The request time is the newest outbox row of the
 * current generation's job (the upload, a re-process, or an earlier rescue), else the upload itself.
 */
@Injectable()
export class StuckSubmissionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async waitingLongerThan(seconds: number, limit: number): Promise<StuckSubmission[]> {
    return selectRows(
      this.dataSource.manager,
      `SELECT s.id, s.parse_generation AS generation, s.status,
              coalesce(max(o.created_at), s.created_at) AS "requestedAt",
              count(o.id) FILTER (WHERE o.dispatched_at IS NULL)::int AS "pendingRequests"
       FROM submissions s
       LEFT JOIN outbox_messages o ON o.job_id = 'parse.' || s.id || '.' || s.parse_generation
       WHERE s.status IN ('queued', 'parsing')
       GROUP BY s.id
       HAVING coalesce(max(o.created_at), s.created_at) < now() - make_interval(secs => $1)
       ORDER BY 4
       LIMIT $2`,
      [seconds, limit],
      StuckSubmissionRow,
    );
  }

  /** Runs `sweep` only if no other process is sweeping (a transaction-scoped advisory lock); false if one is. */
  async exclusively(sweep: () => Promise<void>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { locked } = await selectOne(
        manager,
        `SELECT pg_try_advisory_xact_lock(hashtextextended('chc:stuck-sweeper', 0)) AS locked`,
        [],
        z.object({ locked: z.boolean() }),
      );
      if (!locked) return false;
      await sweep();
      return true;
    });
  }
}
