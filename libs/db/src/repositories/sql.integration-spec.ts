// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { PAGE_TOTAL_SQL, pageClause, selectPage, streamRows } from './sql';

const numberRow = z.object({ n: z.number() });
/** 1..count, filtered by a parameter so the page's own parameters must follow it. */
const NUMBERS_SQL = `SELECT n, ${PAGE_TOTAL_SQL} FROM generate_series(1, $1::int) n WHERE n % $2::int = 0 ORDER BY n`;

describe('paging and streaming helpers (real PostgreSQL)', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = createDataSource(testEnv().DATABASE_URL!);
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('pushes LIMIT and OFFSET after the query parameters', () => {
    const params: unknown[] = ['a'];
    expect(pageClause(params, 3, 20)).toBe('LIMIT $2 OFFSET $3');
    expect(params).toEqual(['a', 20, 40]);
  });

  it('gives a page of rows without the window count, the total of the whole result, and leaves params alone', async () => {
    const params = [100, 2];
    const first = await selectPage(db.manager, NUMBERS_SQL, params, numberRow, 1, 20);
    expect(first).toEqual({ rows: Array.from({ length: 20 }, (_, i) => ({ n: 2 * (i + 1) })), total: 50 });
    expect(params).toEqual([100, 2]);
    const last = await selectPage(db.manager, NUMBERS_SQL, params, numberRow, 3, 20);
    expect(last.rows.map((r) => r.n)).toEqual(Array.from({ length: 10 }, (_, i) => 82 + 2 * i));
    expect(last.total).toBe(50);
    expect(Object.keys(last.rows[0]!)).toEqual(['n']);
    expect(await selectPage(db.manager, NUMBERS_SQL, params, numberRow, 4, 20)).toEqual({ rows: [], total: 50 });
    expect(await selectPage(db.manager, NUMBERS_SQL, [0, 1], numberRow, 1, 20)).toEqual({ rows: [], total: 0 });
  });

  it('refuses a row of the wrong shape, naming the row', async () => {
    await expect(selectPage(db.manager, NUMBERS_SQL, [3, 1], z.object({ n: z.string() }), 1, 5)).rejects.toThrow(/Row 0 of a query/);
  });

  it('streams every row in batches, and gives the connection back whether the reader finishes or stops', async () => {
    const seen: number[] = [];
    for await (const row of streamRows(db, 'SELECT n FROM generate_series(1, $1::int) n ORDER BY n', [2500], numberRow, 1000)) {
      seen.push(row.n);
    }
    expect(seen).toHaveLength(2500);
    expect(seen[2499]).toBe(2500);
    for (let round = 0; round < 12; round++) {
      for await (const row of streamRows(db, 'SELECT n FROM generate_series(1, 10000) n', [], numberRow, 100)) {
        if (row.n === 5) break;
      }
    }
    const [{ one }] = await db.query('SELECT 1 AS one');
    expect(one).toBe(1);
  });
});
