import { waitFor } from '@app/testing';
import { TidyAnswersRepository } from '@app/db';
import { parse } from 'csv-parse/sync';
import type { Pool, PoolClient } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unguardCsvText } from './csv/csv-writer';
import { ApiClient, type ApiHarness, createUser, startApi } from '../testing/api-harness.test-support';
import { download } from '../testing/export-download.test-support';
import {
  AWKWARD_TEXTS,
  createExportSector,
  FIXTURE_RARE_FLAG,
  type FixtureLandlord,
} from '../testing/export-fixtures.test-support';

type Row = Record<string, string>;

describe('GET /api/exports/answers.csv', () => {
  let harness: ApiHarness;
  let analyst: ApiClient;
  let sector: FixtureLandlord[];

  beforeAll(async () => {
    harness = await startApi();
    sector = await createExportSector(harness.db);
    const user = await createUser(harness.db, 'analyst');
    analyst = new ApiClient(harness.base);
    expect((await analyst.login(user.email)).status).toBe(200);
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function csv(query: string): Promise<{ rows: Row[]; text: string; headers: Headers }> {
    const result = await download(analyst, harness.base, `/api/exports/answers.csv${query}`);
    expect(result.status).toBe(200);
    const text = result.bytes.toString('utf8');
    const rows = (parse(text, { bom: true, columns: true }) as Row[]).filter((r) =>
      sector.some((l) => l.name === r['landlord']),
    );
    return { rows, text, headers: result.headers };
  }

  async function countedInDatabase(
    where = 'TRUE',
    params: unknown[] = [],
  ): Promise<{ key: string; status: string }[]> {
    const ids = sector.map((l) => l.id);
    return (await harness.db.query(
      `SELECT ca.landlord_id || ':' || ca.assessment_year || ':' || ca.provision AS key, ca.status
         FROM counted_answers ca JOIN landlords l ON l.id = ca.landlord_id
        WHERE ca.landlord_id = ANY($1::uuid[]) AND ${where}`,
      [ids, ...params],
    )) as { key: string; status: string }[];
  }

  const keyOf = (row: Row) =>
    `${sector.find((l) => l.name === row['landlord'])!.id}:${row['year']}:${row['provision (2024 Code)']}`;

  it('streams every counted answer of every year, once, with a BOM, CRLF and a name that says what it holds', async () => {
    const { rows, text, headers } = await csv('');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toMatch(
      /^attachment; filename="chc-answers-all-years-\d{4}-\d{2}-\d{2}\.csv"/,
    );

    const expected = await countedInDatabase();
    const keys = rows.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(expected.map((e) => e.key).sort());
    const statusByKey = new Map(expected.map((e) => [e.key, e.status]));
    for (const row of rows) expect(row['status']).toBe(statusByKey.get(keyOf(row)));
    expect(new Set(rows.map((r) => r['year']))).toEqual(new Set(['2022', '2023', '2024', '2025']));
  });

  it('keeps awkward text exactly (quotes, commas, line breaks, non-ASCII) and guards formula starts', async () => {
    const { rows } = await csv('?year=2024');
    const evidence = new Set(rows.map((r) => r['evidence']!));
    for (const text of AWKWARD_TEXTS.filter((t) => !/^[=+\-@]/.test(t))) expect(evidence).toContain(text);
    expect(evidence).toContain(`'=HYPERLINK("http://example.org")`);
    expect([...evidence].map(unguardCsvText)).toContain('-see the complaints policy');
  });

  it('marks 2022-Code answers with their crosswalk relation and caveat, and 2024 ones as the same provision', async () => {
    const { rows } = await csv('');
    const of2022 = rows.filter((r) => r['code version'] === '2022');
    expect(of2022.length).toBeGreaterThan(0);
    expect(of2022.every((r) => r['year'] === '2022')).toBe(true);
    const caveats = of2022.filter((r) => r['crosswalk trend'] === 'caveat');
    expect(caveats.length).toBeGreaterThan(0);
    for (const row of caveats)
      expect(row['caveat']).toMatch(/^carried with a caveat from 2022 \d+\.\d+ \(\w+\)/);
    const of2024 = rows.filter((r) => r['code version'] === '2024');
    expect(
      of2024.every(
        (r) => r['crosswalk relation'] === 'same' && r['provision as printed'] === r['provision (2024 Code)'],
      ),
    ).toBe(true);
    expect(rows.some((r) => r['corrected'] === 'yes')).toBe(true);
  });

  it('applies the filters: year, landlord type, size band, provisions, and status as the matrix does', async () => {
    const { rows } = await csv('?year=2024&landlordType=housing_association&provisions=6.3,1.2');
    const expected = await countedInDatabase(
      `ca.assessment_year = 2024 AND l.type = 'housing_association' AND ca.provision IN ('6.3', '1.2')`,
    );
    expect(rows.map(keyOf).sort()).toEqual(expected.map((e) => e.key).sort());
    expect(rows.length).toBeGreaterThan(0);

    const small = await csv('?year=2023&sizeBand=under_1000');
    expect(small.rows.every((r) => r['size band'] === 'under_1000' && r['year'] === '2023')).toBe(true);
    expect(small.rows.length).toBeGreaterThan(0);

    const withNo = await csv('?year=2024&provisions=6.3&status=no');
    const landlordsWithNo = await countedInDatabase(
      `ca.assessment_year = 2024 AND ca.provision = '6.3' AND ca.status = 'no'`,
    );
    expect(withNo.rows.map(keyOf).sort()).toEqual(landlordsWithNo.map((e) => e.key).sort());
  });

  /** Per counted answer (landlord:year:provision), its flags no analyst dismissed, computed plainly from the base tables. */
  async function standingFlags(): Promise<Map<string, string>> {
    const rows = (await harness.db.query(
      `SELECT ca.landlord_id || ':' || ca.assessment_year || ':' || ca.provision AS key,
              string_agg(f.flag, '; ' ORDER BY f.flag) AS flags
         FROM counted_answers ca
         JOIN answer_flags f ON f.answer_id = ca.answer_id
         LEFT JOIN answer_flag_reviews r ON r.submission_id = f.submission_id AND r.parsed_provision = f.parsed_provision
              AND r.position = f.position AND r.flag = f.flag AND r.text_hash = f.text_hash
        WHERE ca.landlord_id = ANY($1::uuid[]) AND (r.state IS NULL OR r.state <> 'dismissed')
        GROUP BY 1`,
      [sector.map((l) => l.id)],
    )) as { key: string; flags: string }[];
    return new Map(rows.map((r) => [r.key, r.flags]));
  }

  it('writes the consistency flags standing on each answer, dismissed ones left out', async () => {
    const { rows } = await csv('');
    const expected = await standingFlags();
    expect(expected.size).toBeGreaterThan(0);
    for (const row of rows) expect(row['consistency flags'], keyOf(row)).toBe(expected.get(keyOf(row)) ?? '');
    expect(rows.filter((r) => r['consistency flags'].includes(FIXTURE_RARE_FLAG)).length).toBeGreaterThan(0);
    // The fixture dismissed the rare flag on its first landlord's 2024 answers: present in the data, absent here.
    const [dismissed] = (await harness.db.query(
      `SELECT count(*)::int AS n FROM answer_flag_reviews r JOIN submissions s ON s.id = r.submission_id
        WHERE s.landlord_id = $1 AND r.state = 'dismissed'`,
      [sector[0]!.id],
    )) as { n: number }[];
    expect(dismissed!.n).toBeGreaterThan(0);
    expect(
      rows.filter(
        (r) =>
          keyOf(r).startsWith(`${sector[0]!.id}:2024:`) && r['consistency flags'].includes(FIXTURE_RARE_FLAG),
      ),
    ).toEqual([]);
  });

  it('filters by consistency flag as the matrix does: landlord-years with the flag standing on a chosen provision', async () => {
    const flags = await standingFlags();
    const landlordYears = (keys: Iterable<string>) =>
      new Set([...keys].map((k) => k.split(':').slice(0, 2).join(':')));
    const flagged = (provisions?: string[]) =>
      landlordYears(
        [...flags]
          .filter(
            ([key, list]) =>
              list.includes(FIXTURE_RARE_FLAG) && (!provisions || provisions.includes(key.split(':')[2]!)),
          )
          .map(([key]) => key),
      );

    const { rows } = await csv(`?flag=${FIXTURE_RARE_FLAG}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(landlordYears(rows.map(keyOf))).toEqual(flagged());
    const all = await countedInDatabase();
    // Whole landlord-years: every counted answer of each, flagged or not.
    expect(rows.map(keyOf).sort()).toEqual(
      all
        .map((e) => e.key)
        .filter((key) => flagged().has(key.split(':').slice(0, 2).join(':')))
        .sort(),
    );
    expect(landlordYears(rows.map(keyOf)).has(`${sector[0]!.id}:2024`)).toBe(false);

    // Limited to one flagged provision and one never flagged: only the landlord-years flagged on that one.
    const provision = [...flags].find(([, list]) => list.includes(FIXTURE_RARE_FLAG))![0].split(':')[2]!;
    const chosen = [provision, '1.2'];
    const narrowed = await csv(`?flag=${FIXTURE_RARE_FLAG}&provisions=${chosen.join(',')}`);
    expect(landlordYears(narrowed.rows.map(keyOf))).toEqual(flagged(chosen));
    expect(narrowed.rows.every((r) => chosen.includes(r['provision (2024 Code)']!))).toBe(true);
    expect(flagged(['1.2']).size).toBe(0);
    expect((await analyst.call('GET', '/api/exports/answers.csv?flag=suspicious')).status).toBe(400);
  });

  /**
   * The app's pool after a stop: nobody waiting for a connection, and no pooled connection handed back
   * while a query (the cursor's close) is still in flight on it.
   */
  async function expectHealthyPool(when: string): Promise<void> {
    const pool = (harness.db.driver as PostgresDriver).master as Pool & { _idle: { client: PoolClient }[] };
    const inFlight = pool._idle.filter(({ client }) => (client as PoolClient & { _getActiveQuery(): unknown })._getActiveQuery());
    expect(inFlight.length, `${when}: idle connections with a query in flight`).toBe(0);
    expect(pool.waitingCount, `${when}: waiting for a connection`).toBe(0);
    const [one] = (await harness.db.query('SELECT 1 AS one')) as { one: number }[];
    expect(one!.one).toBe(1);
  }

  it('closes the cursor before returning the connection when the reader stops early, leaving the pool healthy', async () => {
    const repository = new TidyAnswersRepository(harness.db);
    // More early stops than the pool has connections: a leaked connection would exhaust it.
    for (let round = 0; round < 12; round += 1) {
      let read = 0;
      for await (const row of repository.stream({})) {
        expect(row.status).toMatch(/^(yes|no|partial|na|missing|unknown)$/);
        if (++read === 3) break;
      }
      expect(read).toBe(3);
      await expectHealthyPool(`after early stop ${round}`);
    }
    // A throw in the reader stops the stream the same way.
    await expect(
      (async () => {
        for await (const _row of repository.stream({})) throw new Error('reader failed');
      })(),
    ).rejects.toThrow('reader failed');
    await expectHealthyPool('after a reader threw');
    const [open] = (await harness.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    )) as { n: number }[];
    expect(open!.n).toBe(0);
    expect(await repository.count({ year: 2024 })).toBeGreaterThan(0);
  });

  it('leaves the pool healthy after every download the client cuts short', async () => {
    const exportsRecorded = async () =>
      ((await harness.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'export.create'`)) as { n: number }[])[0]!.n;
    for (let round = 0; round < 12; round += 1) {
      const before = await exportsRecorded();
      const abort = new AbortController();
      const res = await fetch(`${harness.base}/api/exports/answers.csv`, {
        headers: { cookie: analyst.cookie! },
        signal: abort.signal,
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      expect((await reader.read()).done).toBe(false);
      abort.abort();
      await reader.read().catch(() => undefined);
      // The export is recorded once the response is over, after the stream (and its cursor) has been let go.
      await waitFor(async () => (await exportsRecorded()) > before, { what: `round ${round} recorded` });
      await expectHealthyPool(`after cut-short download ${round}`);
    }
  });

  it('refuses a filter it does not know rather than ignore it', async () => {
    const result = await analyst.call('GET', '/api/exports/answers.csv?landlordType=castle');
    expect(result.status).toBe(400);
    expect(result.headers.get('content-disposition')).toBeNull();
    expect((await analyst.call('GET', '/api/exports/answers.csv?colour=red')).status).toBe(400);
  });

  it('records who exported what, with which filters and how many rows', async () => {
    const { rows } = await csv('?year=2025&region=London');
    // Recorded once the last byte is handed over, which may be just after the client has it.
    const event = await waitFor(async () => {
      const events = (await harness.db.query(
        `SELECT actor_email, after FROM audit_events
          WHERE action = 'export.create' AND after->'filters'->>'region' = 'London' AND after->'filters'->>'year' = '2025'`,
      )) as {
        actor_email: string;
        after: { export: string; filters: Record<string, unknown>; rows: number; completed: boolean };
      }[];
      return events[0];
    });
    expect(event.actor_email).toMatch(/^analyst/);
    expect(event.after).toMatchObject({
      export: 'answers.csv',
      filters: { year: 2025, region: 'London' },
      completed: true,
    });
    const [all] = (await harness.db.query(
      `SELECT count(*)::int AS n FROM counted_answers ca JOIN landlords l ON l.id = ca.landlord_id
        WHERE ca.assessment_year = 2025 AND l.region = 'London'`,
    )) as { n: number }[];
    expect(event.after.rows).toBe(all!.n);
    expect(rows.length).toBeGreaterThan(0);
  });
});
