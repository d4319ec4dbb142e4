import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';

/** Rows of an UPDATE/DELETE ... RETURNING (TypeORM answers `[rows, count]` for those) or of a SELECT. */
export async function queryRows<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const result: unknown = await manager.query(sql, params);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
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
  return rows.map((r, i) => parseRow(row, r, i));
}

/** The one row of a query that must return exactly one (e.g. a COUNT), checked like `selectRows`. */
export async function selectOne<S extends z.ZodType>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  row: S,
): Promise<z.output<S>> {
  const rows = await selectRows(manager, sql, params, row);
  if (rows.length !== 1) throw new Error(`Expected one row, got ${rows.length}`);
  return rows[0] as z.output<S>;
}

/** The count a paged query selects beside its rows: every row of the result, before LIMIT and OFFSET. */
export const PAGE_TOTAL_SQL = 'count(*) OVER ()::int AS "pageTotal"';

/** `LIMIT … OFFSET …` for page `page` (from 1) of `pageSize` rows, the two values pushed onto `params`. */
export function pageClause(params: unknown[], page: number, pageSize: number): string {
  return `LIMIT $${params.push(pageSize)} OFFSET $${params.push((page - 1) * pageSize)}`;
}

/**
 * One page of a query whose select list ends with `PAGE_TOTAL_SQL`: `sql` is the whole ordered query, the page's
 * LIMIT and OFFSET are added here. The rows come back checked against `row`, the total read off the window count
 * (counted separately for a page past the end, so a client that asks too far still learns how many there are).
 */
export async function selectPage<S extends z.ZodObject>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
  row: S,
  page: number,
  pageSize: number,
): Promise<{ rows: z.output<S>[]; total: number }> {
  const paged = [...params];
  const rows = (await selectRows(
    manager,
    `${sql}\n${pageClause(paged, page, pageSize)}`,
    paged,
    row.extend({ pageTotal: z.number() }),
  )) as (z.output<S> & {
    pageTotal: number;
  })[];
  const first = rows[0];
  // Past the last page there is no row to carry the window count: the total is counted on its own.
  const total = first
    ? first.pageTotal
    : page > 1
      ? (await selectOne(manager, `SELECT count(*)::int AS total FROM (${sql}) AS paged`, params, TOTAL_ROW))
          .total
      : 0;
  return { rows: rows.map(({ pageTotal: _pageTotal, ...rest }) => rest as z.output<S>), total };
}

const TOTAL_ROW = z.object({ total: z.number() });

/** One row checked against its schema; a row of another shape fails loudly, naming the row. */
function parseRow<S extends z.ZodType>(row: S, raw: unknown, index: number): z.output<S> {
  const parsed = row.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `Row ${index} of a query does not have the expected shape: ${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

/**
 * The rows of a query, each checked like `selectRows` checks them, fetched `batchSize` at a time from a
 * server-side cursor on one pooled connection: memory holds one batch, whatever the size of the result.
 * However the reader stops (the end, `break`, a throw, a download cut short), the connection goes back to
 * the pool only once the cursor is closed: released while the close is still in flight, it could be handed
 * to the next query mid-protocol. A connection whose cursor failed to close is discarded, not reused.
 */
export async function* streamRows<S extends z.ZodType>(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  row: S,
  batchSize: number,
): AsyncGenerator<z.output<S>> {
  // TypeORM's PostgresDriver: a pooled connection and the pool's release, which discards it when given an error.
  const driver = dataSource.driver as unknown as {
    obtainMasterConnection(): Promise<[PoolClient, (error?: Error) => void]>;
  };
  const [client, release] = await driver.obtainMasterConnection();
  const rows = client.query(new QueryStream(sql, params, { batchSize, highWaterMark: batchSize }));
  try {
    let index = 0;
    for await (const raw of rows) yield parseRow(row, raw, index++);
  } finally {
    release(await closed(rows));
  }
}

/** Destroys the stream (closing its cursor) and waits for its `close`; the error it ended with, if any. */
function closed(stream: Readable): Promise<Error | undefined> {
  return new Promise((resolve) => {
    const settle = () => resolve(stream.errored ?? undefined);
    // The error is reported through `errored`; without a listener a failed close would be thrown instead.
    stream.on('error', () => undefined);
    if (stream.closed) return settle();
    stream.once('close', settle);
    stream.destroy();
  });
}
