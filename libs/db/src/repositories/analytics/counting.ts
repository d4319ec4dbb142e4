import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { lockKey, selectRows } from '../sql';
import { rebuildCountingStatements } from './counting.sql';

const landlordYear = z.object({ landlordId: z.string(), year: z.number() });
type LandlordYear = z.output<typeof landlordYear>;

/**
 * Recomputes what counts for one landlord and assessment year from the base tables. Call it inside the
 * transaction that changed submissions or answers, after the change: the read model commits with it.
 * The landlord row is share-locked first (the order a merge takes) and the landlord-year is serialised.
 */
export async function refreshCountingFor(
  manager: EntityManager,
  landlordId: string,
  year: number,
): Promise<void> {
  await manager.query('SELECT 1 FROM landlords WHERE id = $1 FOR KEY SHARE', [landlordId]);
  await lockKey(manager, `counting:${landlordId}:${year}`);
  const scope = (alias: string) => `${alias}.landlord_id = $1 AND ${alias}.assessment_year = $2`;
  for (const statement of rebuildCountingStatements(scope))
    await manager.query(statement, [landlordId, year]);
}

async function refreshAll(manager: EntityManager, keys: LandlordYear[]): Promise<void> {
  const sorted = [...new Map(keys.map((k) => [`${k.landlordId}:${k.year}`, k])).entries()].sort(([a], [b]) =>
    a.localeCompare(b),
  );
  for (const [, key] of sorted) await refreshCountingFor(manager, key.landlordId, key.year);
}

/** Refreshes the landlord-year a submission belongs to now and any it counted for before (a landlord or year changed). */
export async function refreshCountingForSubmission(
  manager: EntityManager,
  submissionId: string,
): Promise<void> {
  const keys = await selectRows(
    manager,
    `SELECT landlord_id AS "landlordId", assessment_year AS year FROM submissions
      WHERE id = $1 AND landlord_id IS NOT NULL AND assessment_year IS NOT NULL
     UNION
     SELECT landlord_id, assessment_year FROM counting_submissions WHERE submission_id = $1`,
    [submissionId],
    landlordYear,
  );
  await refreshAll(manager, keys);
}

/** Refreshes every year of these landlords (after a merge moved submissions between them). */
export async function refreshCountingForLandlords(
  manager: EntityManager,
  landlordIds: string[],
): Promise<void> {
  const keys = await selectRows(
    manager,
    `SELECT landlord_id AS "landlordId", assessment_year AS year FROM submissions
      WHERE landlord_id = ANY($1::uuid[]) AND assessment_year IS NOT NULL
     UNION
     SELECT landlord_id, assessment_year FROM counting_submissions WHERE landlord_id = ANY($1::uuid[])`,
    [landlordIds],
    landlordYear,
  );
  await refreshAll(manager, keys);
}
