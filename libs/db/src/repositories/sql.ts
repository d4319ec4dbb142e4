import type { EntityManager } from 'typeorm';
import { z } from 'zod';

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

/**
 * The typed way to read rows: every raw query names the shape of its rows once, as a zod schema,
 * and gets them back checked (a renamed column fails loudly here, not as `undefined` in a response).
 * Write SQL aliases in camelCase (`s.landlord_id AS "landlordId"`) so the schema is the row type.
 */
export async function selectRows<S extends z.ZodType>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  row: S,
): Promise<z.output<S>[]> {
  const rows = await queryRows<unknown>(manager, sql, params);
  return rows.map((r, i) => {
    const parsed = row.safeParse(r);
    if (!parsed.success) throw new Error(`Row ${i} of a query does not have the expected shape: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
}

/** The one row of a query that must return exactly one (e.g. a COUNT), checked like `selectRows`. */
export async function selectOne<S extends z.ZodType>(manager: EntityManager, sql: string, params: unknown[], row: S): Promise<z.output<S>> {
  const rows = await selectRows(manager, sql, params, row);
  if (rows.length !== 1) throw new Error(`Expected one row, got ${rows.length}`);
  return rows[0] as z.output<S>;
}

/** One row of a streamed query (a cursor), checked like `selectRows` checks each row. */
export function parseRow<S extends z.ZodType>(row: S, raw: unknown, index: number): z.output<S> {
  const parsed = row.safeParse(raw);
  if (!parsed.success) throw new Error(`Row ${index} of a query does not have the expected shape: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
