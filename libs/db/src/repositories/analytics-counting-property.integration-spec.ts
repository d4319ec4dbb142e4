import type { AnswerStatus } from '@app/contracts';
// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { seededRandom } from '../sample-sector/sample-plan';
import { LandlordRepository } from './landlord.repository';
import { ParseResultsRepository } from './parse-results.repository';
import { ReviewRepository } from './review.repository';
import { SubmissionsRepository } from './submissions.repository';
import { createLandlord, outcome, parseRequest, readModelDifferences, uploadAndParse } from './analytics-counting.test-support';

const STATUSES: AnswerStatus[] = ['yes', 'no', 'partial', 'na', 'missing', 'unknown'];
// Plain, caveat and merged-duty carries: 2022 2.3 and 2.4 both reach 2024 3.4; 1.3 is strengthened; 4.3 dropped.
const PROVISIONS = { '2022': ['1.2', '1.3', '2.3', '2.4', '4.3', '1.9'], '2024': ['1.2', '1.3', '3.4', '2.4', '6.3'] } as const;

describe('analytics read model equals a from-scratch recomputation after random writes (real PostgreSQL)', () => {
  let db: DataSource;
  let repos: { submissions: SubmissionsRepository; results: ParseResultsRepository };
  let review: ReviewRepository;
  let landlords: LandlordRepository;

  beforeAll(async () => {
    db = createDataSource(testEnv().DATABASE_URL!);
    await db.initialize();
    repos = { submissions: new SubmissionsRepository(db), results: new ParseResultsRepository(db) };
    review = new ReviewRepository(db);
    landlords = new LandlordRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  for (const seed of [7, 42]) {
    it(`holds for the sequence of seed ${seed}`, async () => {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const current: string[] = [];
      for (let i = 0; i < 4; i++) current.push(await createLandlord(db, `Property ${seed}`, { homesOwned: 500 + i * 9000 }));
      const submissionIds: string[] = [];
      const answers = (version: '2022' | '2024') =>
        PROVISIONS[version].filter(() => random() < 0.8).map((p): [string, AnswerStatus] => [p, pick(STATUSES)]);
      const versionFor = (year: number) => (year >= 2024 ? '2024' : '2022');
      const log: string[] = [];

      for (let step = 0; step < 45; step++) {
        const op = pick(['upload', 'upload', 'upload', 'reparse', 'correct', 'confirm', 'assign', 'merge', 'resize', 'hold']);
        const existing = submissionIds.length ? pick(submissionIds) : null;
        if (op === 'upload' || op === 'hold' || !existing) {
          const year = pick([2022, 2023, 2024]);
          const landlord = pick(current);
          submissionIds.push(
            await uploadAndParse(repos, landlord, year, versionFor(year), answers(versionFor(year)), op === 'hold' ? { holdForReview: true } : {}),
          );
        } else if (op === 'reparse') {
          const request = await repos.submissions.requestReparse(existing, parseRequest);
          const row = (await repos.submissions.findById(existing))!;
          if (request && row.landlordId && row.assessmentYear) {
            const version = versionFor(row.assessmentYear);
            await repos.results.apply(existing, request.generation, outcome(row.landlordId, row.assessmentYear, version, answers(version)));
          }
        } else if (op === 'correct') {
          const [answer] = await repos.submissions.answersOf(existing);
          if (answer) await review.correctAnswer(existing, answer.id, { status: pick(STATUSES) }, null, { allowConfirmed: true });
        } else if (op === 'confirm') {
          await review.confirm(existing, null);
        } else if (op === 'assign') {
          await review.assign(existing, { landlordId: pick(current) });
        } else if (op === 'merge' && current.length > 2) {
          const from = current.splice(Math.floor(random() * current.length), 1)[0]!;
          await landlords.merge(from, pick(current));
        } else if (op === 'resize') {
          await landlords.update(pick(current), { homesOwned: Math.floor(random() * 60_000), region: pick(['London', 'North East', null]) });
        }
        log.push(op);
      }
      // End on a registry change that moves a counted landlord to another peer slice.
      await uploadAndParse(repos, current[0]!, 2024, '2024', answers('2024'));
      await landlords.update(current[0]!, { homesOwned: 55_000 + seed, region: `Region ${seed}` });
      const differences = await readModelDifferences(db);
      expect({ ...differences, log }).toEqual({ counted: [], chosen: [], totals: [], log });
      const [{ n }] = await db.query('SELECT count(*)::int AS n FROM counted_answers');
      expect(n).toBeGreaterThan(0);
    });
  }
});
