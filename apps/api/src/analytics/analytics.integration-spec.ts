import { randomBytes } from 'node:crypto';
import { canonicalFor } from '@app/code-catalog';
import type {
  AnswerStatus,
  LandlordProfileResponse,
  MatrixResponse,
  OverviewResponse,
  ProvisionIndexResponse,
  StatusCounts,
  TrendResponse,
} from '@app/contracts';
import { ParseResultsRepository, SubmissionsRepository } from '@app/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ApiHarness, createLandlord, createUser, startApi, unique } from '../testing/api-harness.test-support';

/** Years no other test file writes, so sector-wide figures hold only this file's landlords. */
const YEAR_2022_CODE = 2011;
const YEAR_2024_CODE = 2012;

describe('analytics API (real PostgreSQL)', () => {
  let harness: ApiHarness;
  let analyst: ApiClient;
  let landlordUser: ApiClient;
  let lonelyUser: ApiClient;
  const ids: Record<string, string> = {};

  async function submit(landlordId: string, year: number, version: '2022' | '2024', answers: [string, AnswerStatus][]) {
    const bytes = randomBytes(48);
    const { id } = await new SubmissionsRepository(harness.db).createFromUpload(
      {
        landlordId,
        assessmentYear: year,
        uploadedBy: null,
        sha256: bytes.toString('hex').padEnd(64, '0').slice(0, 64),
        mediaType: 'text/plain',
        format: 'text',
        originalName: 'sa.txt',
        bytes,
      },
      (s, g) => ({ queue: 'submission-parse', jobName: 'parse-submission', jobId: `analytics.${s}.${g}`, payload: {} }),
    );
    await new ParseResultsRepository(harness.db).apply(id, 1, {
      submission: { codeVersion: version, parserVersion: 't', detectedLandlordName: null, detectedYear: year, detectedDate: null, warnings: [] },
      answers: answers.map(([provision, status], position) => ({
        position,
        provision,
        canonicalLinks: canonicalFor(version, provision).map((m) => ({ ...m })),
        status,
        statusRaw: status,
        requirement: null,
        evidence: 'Our policy says so.',
        commentary: null,
        confidence: 0.9,
        flags: [],
        source: {},
      })),
      landlordId,
      assessmentYear: year,
    });
    return id;
  }

  async function landlord(type: 'housing_association' | 'tmo', homesOwned: number) {
    const created = await createLandlord(harness.db, unique('Analytics Homes'), type);
    await harness.db.query('UPDATE landlords SET homes_owned = $2, region = $3 WHERE id = $1', [created.id, homesOwned, 'Analytics Region']);
    return created.id;
  }

  beforeAll(async () => {
    harness = await startApi();
    // Six housing associations of one size band: the target and five peers.
    const peers: string[] = [];
    for (let i = 0; i < 6; i++) peers.push(await landlord('housing_association', 2000 + i));
    ids['target'] = peers[0]!;
    // 2022 Code 5.1 reaches 2024 6.3 through a 'changed' (caveat) carry.
    for (const [i, id] of peers.entries()) {
      await submit(id, YEAR_2022_CODE, '2022', [['5.1', i % 2 ? 'no' : 'yes'], ['1.2', 'yes']]);
      await submit(id, YEAR_2024_CODE, '2024', [['6.3', i < 2 ? 'no' : 'yes'], ['1.2', 'yes']]);
    }
    // A landlord with no peers of its type and size band.
    ids['lonely'] = await landlord('tmo', 90);
    await submit(ids['lonely'], YEAR_2024_CODE, '2024', [['6.3', 'partial']]);
    ids['silent'] = await landlord('housing_association', 2500);

    const analystUser = await createUser(harness.db, 'analyst');
    analyst = new ApiClient(harness.base);
    await analyst.login(analystUser.email);
    landlordUser = new ApiClient(harness.base);
    await landlordUser.login((await createUser(harness.db, 'landlord', ids['target'])).email);
    lonelyUser = new ApiClient(harness.base);
    await lonelyUser.login((await createUser(harness.db, 'landlord', ids['lonely'])).email);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('gives the trend of a 2024 provision by landlord type, with the caveat marker only on the 2022-Code year', async () => {
    const range = `from=${YEAR_2022_CODE}&to=${YEAR_2024_CODE}&region=Analytics%20Region`;
    const res = await analyst.call<TrendResponse>('GET', `/api/analytics/provisions/6.3/trend?groupBy=landlordType&${range}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ provision: '6.3', rateDenominator: 'answered' });
    const older = res.body.series.filter((p) => p.year === YEAR_2022_CODE);
    expect(older).toMatchObject([{ group: 'housing_association', landlords: 6, counts: { yes: 3, no: 3 }, rate: 0.5, caveat: 'caveat' }]);
    expect(older[0]!.carried).toEqual([{ codeVersion: '2022', provision: '5.1', relation: 'changed', trend: 'caveat' }]);
    const newer = res.body.series.filter((p) => p.year === YEAR_2024_CODE);
    expect(newer.map((p) => [p.group, p.counts.no, p.counts.partial])).toEqual([
      ['housing_association', 2, 0],
      ['tmo', 0, 1],
    ]);
    expect(JSON.stringify(newer)).not.toContain('caveat');

    const behind = await analyst.call<{ items: { landlordId: string; status: string }[]; total: number }>(
      'GET',
      `/api/analytics/provisions/6.3/trend/landlords?year=${YEAR_2024_CODE}&status=no&region=Analytics%20Region`,
    );
    expect(behind.body.total).toBe(2);
    expect(behind.body.items.every((i) => i.status === 'no')).toBe(true);
    expect((await analyst.call('GET', '/api/analytics/provisions/99.1/trend')).status).toBe(404);
  });

  it('lists one matrix row per counted landlord with its cells, filtered and sorted', async () => {
    const res = await analyst.call<MatrixResponse>(
      'GET',
      `/api/analytics/matrix?year=${YEAR_2024_CODE}&region=Analytics%20Region&provisions=6.3,1.2&sort=-nonCompliant`,
    );
    expect(res.status).toBe(200);
    expect(res.body.provisions.map((p) => p.provision)).toEqual(['1.2', '6.3']);
    expect(res.body.total).toBe(7);
    expect(res.body.rows[0]!.counts.no + res.body.rows[0]!.counts.partial).toBe(1);
    const target = res.body.rows.find((r) => r.landlordId === ids['target'])!;
    expect(target.cells['6.3']).toMatchObject({ status: 'no' });
    const section = await analyst.call<MatrixResponse>('GET', `/api/analytics/matrix?year=${YEAR_2024_CODE}&section=6&status=partial`);
    expect(section.body.rows.map((r) => r.landlordId)).toContain(ids['lonely']);
    expect(section.body.rows.every((r) => r.counts.partial > 0)).toBe(true);
  });

  it('shows a landlord its own profile with peer medians from five peers, and refuses it every other analytic', async () => {
    const own = await landlordUser.call<LandlordProfileResponse>('GET', `/api/analytics/landlords/${ids['target']}`);
    expect(own.status).toBe(200);
    expect(own.body.years.map((y) => y.year)).toEqual([YEAR_2022_CODE, YEAR_2024_CODE]);
    expect(own.body.grid[String(YEAR_2022_CODE)]!['6.3']).toMatchObject({ status: 'yes', caveat: { from: [{ provision: '5.1' }] } });
    expect(own.body.changes).toContainEqual(expect.objectContaining({ provision: '6.3', change: 'regressed', caveat: true }));
    const section6 = own.body.sectionRates.sections.find((s) => s.section === 6)!;
    expect(section6).toMatchObject({ rate: 0, peerCount: 5 });
    expect(section6.peerMedian).toBe(1);
    expect(JSON.stringify(own.body)).not.toContain('landlordName');

    const lonely = await lonelyUser.call<LandlordProfileResponse>('GET', `/api/analytics/landlords/${ids['lonely']}`);
    expect(lonely.body.sectionRates.sections.every((s) => s.peerMedian === null)).toBe(true);

    expect((await landlordUser.call('GET', `/api/analytics/landlords/${ids['lonely']}`)).status).toBe(404);
    for (const path of [
      `/api/analytics/matrix?year=${YEAR_2024_CODE}`,
      '/api/analytics/overview',
      '/api/analytics/provisions/6.3/trend',
      `/api/analytics/provisions/6.3/trend/landlords?year=${YEAR_2024_CODE}`,
    ]) {
      expect((await landlordUser.call('GET', path)).status, path).toBe(403);
    }
  });

  it('gives the sector overview of a year: counted, non-compliant provisions, movers and non-submitters', async () => {
    const res = await analyst.call<OverviewResponse>('GET', `/api/analytics/overview?year=${YEAR_2024_CODE}&region=Analytics%20Region`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: YEAR_2024_CODE, registryLandlords: 8, submitted: 7, counted: 7, withNonCompliance: 3 });
    expect(res.body.mostNonCompliant[0]).toMatchObject({ provision: '6.3', nonCompliant: 3, answered: 7 });
    expect(res.body.largestChanges.find((m) => m.provision === '6.3')).toMatchObject({ previousRate: 0.5 });
    expect(res.body.nonSubmitters.map((n) => n.landlordId)).toEqual([ids['silent']]);
    expect(res.body.years).toEqual(expect.arrayContaining([YEAR_2024_CODE, YEAR_2022_CODE]));
  });

  /** The provision index recomputed plainly from the counted answers and the registry, without the per-slice totals. */
  async function recount(year: number, filters: { region?: string; landlordType?: string }) {
    const rows = (await harness.db.query(
      `SELECT ca.provision, ca.status, count(*)::int AS n
         FROM counted_answers ca JOIN landlords l ON l.id = ca.landlord_id
        WHERE ca.assessment_year = $1 AND ($2::text IS NULL OR l.region = $2) AND ($3::text IS NULL OR l.type = $3)
        GROUP BY 1, 2`,
      [year, filters.region ?? null, filters.landlordType ?? null],
    )) as { provision: string; status: AnswerStatus; n: number }[];
    const counts = new Map<string, StatusCounts>();
    for (const row of rows) {
      const c = counts.get(row.provision) ?? { yes: 0, no: 0, partial: 0, na: 0, missing: 0, unknown: 0 };
      c[row.status] = row.n;
      counts.set(row.provision, c);
    }
    return counts;
  }

  it('lists every 2024 provision with its non-compliance rate, equal to a plain count over the counted answers', async () => {
    for (const [year, filters] of [
      [YEAR_2022_CODE, { region: 'Analytics Region' }],
      [YEAR_2024_CODE, { region: 'Analytics Region' }],
      [YEAR_2024_CODE, { region: 'Analytics Region', landlordType: 'tmo' }],
      [YEAR_2024_CODE, {}],
    ] as const) {
      const query = new URLSearchParams({ year: String(year), ...filters }).toString();
      const res = await analyst.call<ProvisionIndexResponse>('GET', `/api/analytics/provisions?${query}`);
      expect(res.status, query).toBe(200);
      expect(res.body.year).toBe(year);
      expect(res.body.provisions.length).toBeGreaterThan(60);
      const expected = await recount(year, filters);
      const answeredAnywhere = res.body.provisions.filter((p) => p.answered > 0 || p.counts.na + p.counts.missing + p.counts.unknown > 0);
      expect(answeredAnywhere.map((p) => p.provision).sort()).toEqual([...expected.keys()].sort());
      for (const item of res.body.provisions) {
        const counts = expected.get(item.provision) ?? { yes: 0, no: 0, partial: 0, na: 0, missing: 0, unknown: 0 };
        const answered = counts.yes + counts.no + counts.partial;
        expect(item.counts, `${query} ${item.provision}`).toEqual(counts);
        expect(item.nonCompliant).toBe(counts.no + counts.partial);
        expect(item.answered).toBe(answered);
        expect(item.rate).toBe(answered ? (counts.no + counts.partial) / answered : null);
      }
    }
    const of = async (query: string) =>
      (await analyst.call<ProvisionIndexResponse>('GET', `/api/analytics/provisions?${query}`)).body.provisions.find((p) => p.provision === '6.3');
    // The 2022 Code's 5.1 counts for 6.3 (three of six said no); in the 2024-Code year two housing associations
    // said no and the TMO partly.
    expect(await of(`year=${YEAR_2022_CODE}&region=Analytics%20Region`)).toMatchObject({ nonCompliant: 3, answered: 6, rate: 0.5, section: 6 });
    expect(await of(`year=${YEAR_2024_CODE}&region=Analytics%20Region`)).toMatchObject({ nonCompliant: 3, answered: 7, rate: 3 / 7 });
    expect(await of(`year=${YEAR_2024_CODE}&landlordType=tmo&region=Analytics%20Region`)).toMatchObject({ counts: { partial: 1 }, rate: 1 });

    const bad = await analyst.call<{ code: string }>('GET', '/api/analytics/provisions?year=abcd');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    expect((await landlordUser.call('GET', `/api/analytics/provisions?year=${YEAR_2024_CODE}`)).status).toBe(403);
  });

  it('compresses the analytics JSON for clients that accept it, and only for them', async () => {
    const path = `/api/analytics/provisions?year=${YEAR_2024_CODE}`;
    const plain = await analyst.call<ProvisionIndexResponse>('GET', path, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toContain('Accept-Encoding');
    for (const encoding of ['gzip', 'br'] as const) {
      const res = await analyst.call<ProvisionIndexResponse>('GET', path, { headers: { 'accept-encoding': encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(Number(res.headers.get('content-length'))).toBeLessThan(JSON.stringify(plain.body).length / 3);
      expect(res.body).toEqual(plain.body);
    }
    // Refusals are small and stay plain; the 400 is JSON as before.
    const bad = await analyst.call<{ code: string }>('GET', '/api/analytics/provisions?year=abcd', { headers: { 'accept-encoding': 'gzip' } });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
  });
});
