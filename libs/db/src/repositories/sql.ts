import type { EntityManager } from 'typeorm';

/** Rows of an UPDATE/DELETE ... RETURNING (TypeORM answers `[rows, count]` for those) or of a SELECT. */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/** Serialises transactions that touch the same logical key (e.g. a landlord's file, a landlord's year). */
export async function lockKey(manager: EntityManager, key: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}
