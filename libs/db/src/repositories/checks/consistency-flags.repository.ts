import { FLAGS_VERSION } from '@app/consistency';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectRows } from '../sql';
import { writeConsistencyFlags } from './flag-writes';
import { COUNTING_SUBMISSION_SQL } from './text-hash';

/** A run that has not finished after this long is taken to have died with its process and is taken over. */
const STALE_RUN_MINUTES = 15;

export interface FlagRefreshOutcome {
  version: string;
  ran: boolean;
  submissions: number;
}

/** Re-flags every counting answer when `FLAGS_VERSION` changes (run once per version, by one process). */
@Injectable()
export class ConsistencyFlagsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims the current version's run; false when it is done or another process is running it. */
  private async claim(): Promise<boolean> {
    const rows = await selectRows(
      this.dataSource.manager,
      `INSERT INTO consistency_flag_runs (version) VALUES ($1)
       ON CONFLICT (version) DO UPDATE SET started_at = now()
         WHERE consistency_flag_runs.completed_at IS NULL
           AND consistency_flag_runs.started_at < now() - make_interval(mins => $2)
       RETURNING version`,
      [FLAGS_VERSION, STALE_RUN_MINUTES],
      z.object({ version: z.string() }),
    );
    return rows.length === 1;
  }

  async refreshIfVersionChanged(onProgress?: (done: number) => void): Promise<FlagRefreshOutcome> {
    if (!(await this.claim())) return { version: FLAGS_VERSION, ran: false, submissions: 0 };
    const ids = await selectRows(
      this.dataSource.manager,
      `SELECT s.id FROM submissions s WHERE ${COUNTING_SUBMISSION_SQL} ORDER BY s.created_at`,
      [],
      z.object({ id: z.string() }),
    );
    let done = 0;
    for (const { id } of ids) {
      await this.refreshSubmission(id);
      done += 1;
      if (done % 200 === 0) onProgress?.(done);
    }
    await this.dataSource.query(
      'UPDATE consistency_flag_runs SET completed_at = now(), submissions = $2 WHERE version = $1',
      [FLAGS_VERSION, done],
    );
    return { version: FLAGS_VERSION, ran: true, submissions: done };
  }

  /** Re-flags one submission under its row lock, so it never interleaves with a parse writing its answers. */
  async refreshSubmission(submissionId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT id FROM submissions WHERE id = $1 FOR UPDATE', [submissionId]);
      return writeConsistencyFlags(manager, submissionId);
    });
  }
}
