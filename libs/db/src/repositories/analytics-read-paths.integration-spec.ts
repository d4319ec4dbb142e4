import { TREND_GROUP_BY, type PeerFilters, type TrendGroupBy } from '@app/contracts';
// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { dropDatabase } from '../ensure-database';
import { migrateDatabase } from '../migrate';
import { generateSampleSector } from '../sample-sector/sample-sector';
import { refreshCountingForLandlords } from './analytics/counting';
import { ANSWER_TEXT_HASH_SQL } from './checks/text-hash';
import { AnalyticsMatrixRepository } from './analytics/matrix.repository';
import { SIZE_BAND_SQL } from './analytics/peer-filters';
import { AnalyticsProfileRepository } from './analytics/profile.repository';
import { AnalyticsTrendRepository } from './analytics/trend.repository';

/**
 * The fast read paths (per-slice totals, the carries index, cells built as JSON, peers through the primary key)
 * against plain queries over counted answers and the landlord registry, on a generated sector with 2022-Code
 * years, merges and superseded submissions.
 */
const ORACLE_GROUP: Record<TrendGroupBy, string> = {
  none: 'NULL::text',
  landlordType: 'l.type',
  region: "COALESCE(l.region, 'unknown')",
  sizeBand: SIZE_BAND_SQL,
};

function oracleTrend(db: DataSource, provision: string, groupBy: TrendGroupBy, filters: PeerFilters) {
  const params: unknown[] = [provision];
  const where: string[] = [];
  if (filters.landlordType) where.push(`l.type = $${params.push(filters.landlordType)}`);
  if (filters.region) where.push(`l.region = $${params.push(filters.region)}`);
  if (filters.sizeBand) where.push(`(${SIZE_BAND_SQL}) = $${params.push(filters.sizeBand)}`);
  const peers = where.map((w) => `AND ${w}`).join(' ');
  const group = ORACLE_GROUP[groupBy];
  return db.query(
    `SELECT s.year, s.grp AS "group", s.landlords,
            COALESCE(a.yes, 0) AS yes, COALESCE(a.no, 0) AS no, COALESCE(a.partial, 0) AS partial,
            COALESCE(a.na, 0) AS na, COALESCE(a.missing, 0) AS missing, COALESCE(a.unknown, 0) AS unknown,
            COALESCE(a.caveat, false) AS caveat, COALESCE(c.carried, '[]'::jsonb) AS carried
       FROM (SELECT cs.assessment_year AS year, ${group} AS grp, count(*)::int AS landlords
               FROM counting_submissions cs JOIN landlords l ON l.id = cs.landlord_id WHERE TRUE ${peers} GROUP BY 1, 2) s
       LEFT JOIN (SELECT ca.assessment_year AS year, ${group} AS grp,
                         count(*) FILTER (WHERE ca.status = 'yes')::int AS yes, count(*) FILTER (WHERE ca.status = 'no')::int AS no,
                         count(*) FILTER (WHERE ca.status = 'partial')::int AS partial, count(*) FILTER (WHERE ca.status = 'na')::int AS na,
                         count(*) FILTER (WHERE ca.status = 'missing')::int AS missing,
                         count(*) FILTER (WHERE ca.status = 'unknown')::int AS unknown, bool_or(ca.has_caveat_carry) AS caveat
                    FROM counted_answers ca JOIN landlords l ON l.id = ca.landlord_id
                   WHERE ca.provision = $1 ${peers} GROUP BY 1, 2) a ON a.year = s.year AND a.grp IS NOT DISTINCT FROM s.grp
       LEFT JOIN (SELECT x.year, x.grp, jsonb_agg(x.c ORDER BY x.c) AS carried
                    FROM (SELECT DISTINCT ca.assessment_year AS year, ${group} AS grp, c
                            FROM counted_answers ca JOIN landlords l ON l.id = ca.landlord_id
                            CROSS JOIN LATERAL jsonb_array_elements(ca.carried) AS c
                           WHERE ca.provision = $1 AND ca.carried IS NOT NULL ${peers}) x
                   GROUP BY 1, 2) c ON c.year = s.year AND c.grp IS NOT DISTINCT FROM s.grp
      ORDER BY s.year, s.grp`,
    params,
  );
}

describe('analytics read paths equal plain queries over the counted answers (real PostgreSQL)', () => {
  const databaseUrl = `${testEnv().DATABASE_URL}_read_paths`;
  let db: DataSource;

  beforeAll(async () => {
    await migrateDatabase(databaseUrl);
    db = createDataSource(databaseUrl);
    await db.initialize();
    await generateSampleSector(db, { landlords: 120, years: 4, lastYear: 2025, seed: 11 });
    // Some registry entries without a region (the generator gives every landlord one), as the registry has.
    await db.transaction(async (manager) => {
      const ids: { id: string }[] = await manager.query(`SELECT id FROM landlords ORDER BY id LIMIT 12`);
      await manager.query(`UPDATE landlords SET region = NULL WHERE id = ANY($1::uuid[])`, [
        ids.map((r) => r.id),
      ]);
      await refreshCountingForLandlords(
        manager,
        ids.map((r) => r.id),
      );
    });
  }, 120_000);
  afterAll(async () => {
    await db?.destroy();
    await dropDatabase(databaseUrl);
  });

  it('gives every provision trend, grouped each way and filtered, as the counted answers do', async () => {
    const trends = new AnalyticsTrendRepository(db);
    const filterSets: PeerFilters[] = [
      {},
      { landlordType: 'housing_association' },
      { region: 'London' },
      { sizeBand: '1000_9999' },
    ];
    let caveatPoints = 0;
    let unknownRegionPoints = 0;
    for (const provision of ['6.3', '6.14', '1.2', '3.4']) {
      for (const groupBy of TREND_GROUP_BY) {
        for (const filters of filterSets) {
          const actual = await trends.trend({ provision, ...filters }, groupBy);
          const expected = await oracleTrend(db, provision, groupBy, filters);
          expect(actual, `${provision} by ${groupBy} ${JSON.stringify(filters)}`).toEqual(expected);
          caveatPoints += actual.filter((point) => point.caveat).length;
          unknownRegionPoints += actual.filter(
            (point) => point.group === 'unknown' && groupBy === 'region',
          ).length;
        }
      }
    }
    // The sector has 2022-Code years, so some points carry a caveat: the comparison covered them.
    expect(caveatPoints).toBeGreaterThan(0);
    expect(unknownRegionPoints).toBeGreaterThan(0);
  });

  it('counts a matrix page over the shown provisions as the counted answers do, sorted by non-compliance', async () => {
    const matrix = new AnalyticsMatrixRepository(db);
    const shown = ['6.3', '6.14', '1.2'];
    const { rows, total } = await matrix.page(
      { year: 2025, provisions: shown, sort: '-nonCompliant' },
      1,
      500,
    );
    const expected: { landlordId: string; no: number; partial: number; yes: number }[] = await db.query(
      `SELECT cs.landlord_id AS "landlordId",
              count(ca.status) FILTER (WHERE ca.status = 'no')::int AS no,
              count(ca.status) FILTER (WHERE ca.status = 'partial')::int AS partial,
              count(ca.status) FILTER (WHERE ca.status = 'yes')::int AS yes
         FROM counting_submissions cs
         LEFT JOIN counted_answers ca ON ca.landlord_id = cs.landlord_id AND ca.assessment_year = cs.assessment_year
                                     AND ca.provision = ANY($1::text[])
        WHERE cs.assessment_year = 2025 GROUP BY cs.landlord_id`,
      [shown],
    );
    expect(total).toBe(expected.length);
    expect(rows).toHaveLength(expected.length);
    const byLandlord = new Map(expected.map((e) => [e.landlordId, e]));
    for (const row of rows) {
      expect({ no: row.no, partial: row.partial, yes: row.yes }).toEqual({
        no: byLandlord.get(row.landlordId)?.no,
        partial: byLandlord.get(row.landlordId)?.partial,
        yes: byLandlord.get(row.landlordId)?.yes,
      });
    }
    const nonCompliant = rows.map((r) => r.no + r.partial);
    expect(nonCompliant).toEqual([...nonCompliant].sort((a, b) => b - a));
    expect(nonCompliant[0]).toBeGreaterThan(0);
  });

  it('lists the landlords behind a point with flagged answers first, leaving out dismissed flags', async () => {
    const trends = new AnalyticsTrendRepository(db);
    const before = await trends.landlords({ provision: '6.3', year: 2024 }, 1, 1000);
    expect(before.rows.length).toBeGreaterThan(3);
    const [flagged, dismissed] = [before.rows.at(-1)!, before.rows.at(-2)!];
    await db.query(
      `INSERT INTO answer_flags (answer_id, submission_id, parsed_provision, position, text_hash, flag, reason, flags_version)
       SELECT a.id, a.submission_id, a.parsed_provision, a.position, ${ANSWER_TEXT_HASH_SQL}, f.flag, 'test', 'test'
         FROM answers a CROSS JOIN (VALUES ('timescale_conflict'), ('no_evidence')) f(flag) WHERE a.id = ANY($1::uuid[])`,
      [[flagged.answerId, dismissed.answerId]],
    );
    await db.query(
      `INSERT INTO answer_flag_reviews (submission_id, parsed_provision, position, text_hash, flag, state, reason)
       SELECT f.submission_id, f.parsed_provision, f.position, f.text_hash, f.flag, 'dismissed', 'test'
         FROM answer_flags f WHERE f.answer_id = $1`,
      [dismissed.answerId],
    );
    try {
      const after = await trends.landlords({ provision: '6.3', year: 2024 }, 1, 1000);
      expect(after.total).toBe(before.total);
      expect(after.rows[0]).toMatchObject({
        answerId: flagged.answerId,
        flags: ['no_evidence', 'timescale_conflict'],
      });
      const rest = after.rows.slice(1);
      expect(rest.every((row) => row.flags === null)).toBe(true);
      expect(rest.map((row) => row.answerId)).toEqual(
        before.rows.filter((row) => row !== flagged).map((row) => row.answerId),
      );
      // The landlord profile's grid carries the same standing flags on the same cell.
      const profiles = new AnalyticsProfileRepository(db);
      const cellOf = async (landlordId: string) =>
        (await profiles.grid(landlordId)).find((cell) => cell.year === 2024 && cell.provision === '6.3');
      expect((await cellOf(flagged.landlordId))?.flags).toEqual(['no_evidence', 'timescale_conflict']);
      expect((await cellOf(dismissed.landlordId))?.flags).toBeNull();
    } finally {
      await db.query(`DELETE FROM answer_flag_reviews WHERE reason = 'test'`);
      await db.query(`DELETE FROM answer_flags WHERE flags_version = 'test'`);
    }
  });

  it('builds the matrix cells as the counted answers hold them', async () => {
    const matrix = new AnalyticsMatrixRepository(db);
    for (const year of [2022, 2025]) {
      const { rows } = await matrix.page({ year, provisions: null, sort: 'name' }, 1, 40);
      expect(rows.length).toBeGreaterThan(0);
      const cells = await matrix.cells(year, rows, null);
      const counted: {
        landlord_id: string;
        provision: string;
        status: string;
        answer_id: string;
        caveat: unknown;
      }[] = await db.query(
        `SELECT landlord_id, provision, status, answer_id, caveat FROM counted_answers
            WHERE assessment_year = $1 AND landlord_id = ANY($2::uuid[])`,
        [year, rows.map((r) => r.landlordId)],
      );
      expect([...cells.values()].reduce((n, c) => n + Object.keys(c).length, 0)).toBe(counted.length);
      for (const answer of counted) {
        expect(cells.get(answer.landlord_id)?.[answer.provision]).toEqual({
          status: answer.status,
          answerId: answer.answer_id,
          ...(answer.caveat ? { caveat: answer.caveat } : {}),
        });
      }
    }
  });

  it('gives a landlord its peer group’s section medians as a scan of the year would', async () => {
    const profiles = new AnalyticsProfileRepository(db);
    const [subject] = await db.query(
      `SELECT cs.landlord_id AS id FROM counting_submissions cs WHERE cs.assessment_year = 2025
        ORDER BY (SELECT count(*) FROM counting_submissions p WHERE p.assessment_year = 2025
                   AND p.landlord_type = cs.landlord_type AND p.size_band = cs.size_band) DESC, cs.landlord_id LIMIT 1`,
    );
    const landlord = await profiles.landlord(subject.id);
    const actual = await profiles.sectionRates(subject.id, 2025, landlord!);
    const expected = await db.query(
      `WITH peers AS (SELECT l.id FROM landlords l JOIN counting_submissions cs ON cs.landlord_id = l.id AND cs.assessment_year = 2025
                       WHERE l.type = $2 AND (${SIZE_BAND_SQL}) = $3 AND l.id <> $1),
            rates AS (SELECT ca.landlord_id, p.section,
                             count(*) FILTER (WHERE ca.status = 'yes')::float8
                               / NULLIF(count(*) FILTER (WHERE ca.status IN ('yes', 'no', 'partial')), 0) AS rate
                        FROM counted_answers ca JOIN provisions p ON p.version = '2024' AND p.number = ca.provision
                       WHERE ca.assessment_year = 2025 GROUP BY 1, 2)
       SELECT s.section,
              (SELECT rate FROM rates r WHERE r.landlord_id = $1 AND r.section = s.section) AS rate,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r.rate) FROM rates r
                WHERE r.landlord_id IN (SELECT id FROM peers) AND r.section = s.section AND r.rate IS NOT NULL) AS "peerMedian",
              (SELECT count(*)::int FROM peers) AS "peerCount"
         FROM (SELECT DISTINCT section FROM provisions WHERE version = '2024') s ORDER BY s.section`,
      [subject.id, landlord!.type, landlord!.sizeBand],
    );
    expect(actual).toEqual(expected);
    expect(actual[0]!.peerCount).toBeGreaterThan(1);
  });
});
