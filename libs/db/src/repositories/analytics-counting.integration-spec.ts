// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { LandlordRepository } from './landlord.repository';
import { ParseResultsRepository } from './parse-results.repository';
import { ReviewRepository } from './review.repository';
import { SubmissionsRepository } from './submissions.repository';
import { counted, createLandlord, outcome, readModelDifferences, uploadAndParse } from './analytics-counting.test-support';
import { AnalyticsOverviewRepository } from './analytics/overview.repository';
import { AnalyticsProfileRepository } from './analytics/profile.repository';
import { AnalyticsTrendRepository } from './analytics/trend.repository';

describe('analytics counting rules (real PostgreSQL)', () => {
  let db: DataSource;
  let repos: { submissions: SubmissionsRepository; results: ParseResultsRepository };
  let review: ReviewRepository;

  beforeAll(async () => {
    db = createDataSource(testEnv().DATABASE_URL!);
    await db.initialize();
    repos = { submissions: new SubmissionsRepository(db), results: new ParseResultsRepository(db) };
    review = new ReviewRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('counts the latest non-superseded submission of a landlord-year, and only its answers', async () => {
    const landlord = await createLandlord(db, 'Supersede Homes');
    const first = await uploadAndParse(repos, landlord, 2024, '2024', [['1.2', 'no'], ['1.3', 'yes']]);
    expect((await counted(db, landlord)).map((r) => [r.provision, r.status, r.submissionId])).toEqual([
      ['1.2', 'no', first],
      ['1.3', 'yes', first],
    ]);
    const second = await uploadAndParse(repos, landlord, 2024, '2024', [['1.2', 'yes']]);
    expect((await counted(db, landlord)).map((r) => [r.provision, r.status, r.submissionId])).toEqual([['1.2', 'yes', second]]);
    expect((await readModelDifferences(db)).counted).toEqual([]);
  });

  it('keeps counting the landlord-year while an accepted submission is re-parsed, and stops for a parsed one', async () => {
    const landlord = await createLandlord(db, 'Reparse Homes');
    const id = await uploadAndParse(repos, landlord, 2023, '2024', [['1.2', 'yes']]);
    await repos.submissions.requestReparse(id, (s, g) => ({ queue: 'q', jobName: 'j', jobId: `p.${s}.${g}`, payload: {} }));
    expect(await counted(db, landlord)).toEqual([]);
    await repos.results.apply(id, 2, outcome(landlord, 2023, '2024', [['1.2', 'no']]));
    expect((await counted(db, landlord)).map((r) => r.status)).toEqual(['no']);
    await review.confirm(id, null);
    await repos.submissions.requestReparse(id, (s, g) => ({ queue: 'q', jobName: 'j', jobId: `p.${s}.${g}`, payload: {} }));
    expect((await counted(db, landlord)).map((r) => r.status)).toEqual(['no']);
  });

  it('carries 2022 answers to 2024 provisions: as_is unmarked, caveat marked with its source, none not at all', async () => {
    const landlord = await createLandlord(db, 'Carry Homes');
    // 1.2 -> 1.2 same (as_is); 1.3 -> 1.3 strengthened (caveat); 1.9 -> 2.4 moved (as_is); 4.3 dropped (none)
    // A year no other test writes, so the sector-wide trend holds only this landlord.
    await uploadAndParse(repos, landlord, 2019, '2022', [['1.2', 'yes'], ['1.3', 'no'], ['1.9', 'partial'], ['4.3', 'no']]);
    const rows = await counted(db, landlord);
    expect(rows.map((r) => [r.provision, r.status])).toEqual([
      ['1.2', 'yes'],
      ['1.3', 'no'],
      ['2.4', 'partial'],
    ]);
    expect(rows[0]!.caveat).toBeNull();
    expect(rows[0]!.carried).toEqual([{ codeVersion: '2022', provision: '1.2', relation: 'same', trend: 'as_is' }]);
    expect(rows[1]!.caveat).toEqual({ from: [{ codeVersion: '2022', provision: '1.3', relation: 'strengthened', trend: 'caveat' }] });
    expect(rows[2]!.caveat).toBeNull();

    const trends = new AnalyticsTrendRepository(db);
    const caveated = await trends.trend({ provision: '1.3', from: 2019, to: 2019 }, 'none');
    expect(caveated).toMatchObject([{ year: 2019, caveat: true, no: 1, landlords: 1 }]);
    const plain = await trends.trend({ provision: '1.2', from: 2019, to: 2019 }, 'none');
    expect(plain).toMatchObject([{ year: 2019, caveat: false, yes: 1 }]);
  });

  it('counts the least compliant of several answers reaching one provision, marked', async () => {
    const landlord = await createLandlord(db, 'Merged Duties Homes');
    // 2022 2.3 -> 3.4 moved and 2.4 -> 3.4 merged
    await uploadAndParse(repos, landlord, 2023, '2022', [['2.3', 'yes'], ['2.4', 'partial']]);
    const [row] = await counted(db, landlord);
    expect(row).toMatchObject({ provision: '3.4', status: 'partial' });
    expect(row!.caveat).toMatchObject({ leastCompliantOf: 2 });
    expect((row!.caveat as { from: unknown[] }).from).toHaveLength(2);
  });

  it('counts human corrections over parsed values', async () => {
    const landlord = await createLandlord(db, 'Correction Homes');
    const id = await uploadAndParse(repos, landlord, 2024, '2024', [['1.2', 'yes']]);
    const [answer] = await repos.submissions.answersOf(id);
    await review.correctAnswer(id, answer!.id, { status: 'no' }, null, { allowConfirmed: true });
    expect((await counted(db, landlord)).map((r) => r.status)).toEqual(['no']);
  });

  it('counts a merged landlord under its successor, its earlier years marked as merged', async () => {
    const from = await createLandlord(db, 'Old Homes');
    const into = await createLandlord(db, 'New Homes');
    await uploadAndParse(repos, from, 2022, '2022', [['1.2', 'no']]);
    await uploadAndParse(repos, into, 2023, '2022', [['1.2', 'yes']]);
    await new LandlordRepository(db).merge(from, into);
    expect(await counted(db, from)).toEqual([]);
    expect((await counted(db, into)).map((r) => [r.year, r.status])).toEqual([
      [2022, 'no'],
      [2023, 'yes'],
    ]);
    const years = await new AnalyticsProfileRepository(db).years(into);
    expect(years.map((y) => [y.year, y.mergedFromId])).toEqual([
      [2022, from],
      [2023, null],
    ]);
    expect((await readModelDifferences(db)).chosen).toEqual([]);
  });

  it('prefers the successor’s own submission over a merged landlord’s for the same year', async () => {
    const from = await createLandlord(db, 'Old Twin Homes');
    const into = await createLandlord(db, 'New Twin Homes');
    await uploadAndParse(repos, into, 2024, '2024', [['1.2', 'yes']]);
    await uploadAndParse(repos, from, 2024, '2024', [['1.2', 'no']]);
    await new LandlordRepository(db).merge(from, into);
    expect((await counted(db, into)).map((r) => r.status)).toEqual(['yes']);
  });

  it('answers an empty year with zeros and every registry landlord as a non-submitter', async () => {
    const overview = new AnalyticsOverviewRepository(db);
    const totals = await overview.totals(2001, {});
    expect(totals).toMatchObject({ counted: 0, submitted: 0, withNonCompliance: 0, includesSampleData: false });
    expect(totals.registryLandlords).toBeGreaterThan(0);
    expect((await overview.nonSubmitters(2001, {})).length).toBe(totals.registryLandlords);
    expect(await overview.provisionYears(2001, {})).toEqual([]);
    expect(await new AnalyticsTrendRepository(db).trend({ provision: '1.2', from: 2001, to: 2001 }, 'none')).toEqual([]);
  });

  it('holds a document naming another landlord in needs_review, superseding nothing until an analyst assigns it', async () => {
    const landlord = await createLandlord(db, 'Mismatch Homes');
    const real = await uploadAndParse(repos, landlord, 2024, '2024', [['1.2', 'yes']]);
    const other = await uploadAndParse(repos, landlord, 2024, '2024', [['1.2', 'no']], { holdForReview: true });
    expect((await repos.submissions.findById(other))!.status).toBe('needs_review');
    expect((await repos.submissions.findById(real))!.supersededById).toBeNull();
    expect((await counted(db, landlord)).map((r) => r.submissionId)).toEqual([real]);
    await review.assign(other, { landlordId: landlord });
    expect((await repos.submissions.findById(real))!.supersededById).toBe(other);
    expect((await counted(db, landlord)).map((r) => [r.submissionId, r.status])).toEqual([[other, 'no']]);
  });
});
