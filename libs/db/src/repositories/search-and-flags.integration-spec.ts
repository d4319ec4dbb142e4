// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { refreshCountingFor } from './analytics/counting';
import { ChecksRepository } from './checks/checks.repository';
import { writeConsistencyFlags } from './checks/flag-writes';
import { SearchRepository } from './search/search.repository';

interface AnswerSeed {
  provision: string;
  canonical: string[];
  status: string;
  evidence?: string | null;
  commentary?: string | null;
  requirement?: string | null;
}

describe('search and consistency flags (real PostgreSQL)', () => {
  let db: DataSource;
  let search: SearchRepository;
  let checks: ChecksRepository;
  const ids: Record<string, string> = {};
  const tag = `srch${Date.now()}`;

  async function landlord(name: string, type: string, region: string, homes: number): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO landlords (name, match_name, type, region, homes_owned) VALUES ($1, lower($1), $2, $3, $4) RETURNING id`,
      [`${name} ${tag}`, type, region, homes],
    );
    return row.id as string;
  }

  async function submission(
    landlordId: string,
    year: number,
    codeVersion: string,
    answers: AnswerSeed[],
    createdAt = '2026-01-01',
  ): Promise<string> {
    const [file] = await db.query(
      `INSERT INTO stored_files (sha256, media_type, format, size_bytes, original_name, bytes)
       VALUES (md5(random()::text) || md5(random()::text), 'text/plain', 'text', 1, 'x.txt', '\\x00') RETURNING id, sha256`,
    );
    const [sub] = await db.query(
      `INSERT INTO submissions (landlord_id, assessment_year, code_version, status, file_id, sha256, created_at)
       VALUES ($1, $2, $3, 'parsed', $4, $5, $6) RETURNING id`,
      [landlordId, year, codeVersion, file.id, file.sha256, createdAt],
    );
    for (const [position, a] of answers.entries()) {
      await db.query(
        `INSERT INTO answers (submission_id, position, provision, parsed_provision, canonical_provisions, canonical_links, status, parsed_status,
           requirement, evidence, commentary, confidence)
         VALUES ($1, $2, $3, $3, $4, '[]', $5, $5, $6, $7, $8, $9)`,
        [
          sub.id,
          position,
          a.provision,
          a.canonical,
          a.status,
          a.requirement ?? null,
          a.evidence ?? null,
          a.commentary ?? null,
          position === 0 ? 0.5 : 1,
        ],
      );
    }
    await db.transaction(async (m) => {
      await refreshCountingFor(m, landlordId, year);
      await writeConsistencyFlags(m, sub.id);
    });
    return sub.id as string;
  }

  beforeAll(async () => {
    db = createDataSource(testEnv().DATABASE_URL!);
    await db.initialize();
    search = new SearchRepository(db);
    checks = new ChecksRepository(db);
    ids.alpha = await landlord('Alpha Homes', 'housing_association', 'London', 5000);
    ids.beta = await landlord('Beta Council', 'local_authority', 'North West', 60000);
    ids.alpha2024 = await submission(ids.alpha, 2024, '2024', [
      {
        provision: '6.3',
        canonical: ['6.3'],
        status: 'yes',
        evidence: `Any ${tag} extension is agreed with the resident and confirmed in writing.`,
      },
      {
        provision: '6.4',
        canonical: ['6.4'],
        status: 'yes',
        evidence: 'Section 4 of the policy.',
        requirement: `An ${tag} extension must be no more than 10 working days.`,
      },
      {
        provision: '6.14',
        canonical: ['6.14'],
        status: 'no',
        commentary: `We respond within 20 working days; ${tag} backlog cleared.`,
      },
    ]);
    // A 2022 form: its 5.1 counts for 2024's 6.3 through the crosswalk.
    ids.beta2023 = await submission(ids.beta, 2023, '2022', [
      {
        provision: '5.1',
        canonical: ['6.3'],
        status: 'partial',
        evidence: `Stage one ${tag} extension letters go out within 10 working days.`,
      },
      {
        provision: '5.13',
        canonical: ['6.14'],
        status: 'yes',
        evidence: `We respond within 25 working days ${tag} always.`,
      },
    ]);
    // Superseded by a later upload for the same landlord and year.
    ids.betaOld = await submission(
      ids.beta,
      2024,
      '2024',
      [{ provision: '6.3', canonical: ['6.3'], status: 'yes', evidence: `Old ${tag} extension wording.` }],
      '2025-06-01',
    );
    ids.betaNew = await submission(
      ids.beta,
      2024,
      '2024',
      [{ provision: '6.3', canonical: ['6.3'], status: 'yes', evidence: `New ${tag} wording.` }],
      '2025-07-01',
    );
    await db.query('UPDATE submissions SET superseded_by_id = $1 WHERE id = $2', [ids.betaNew, ids.betaOld]);
    await db.transaction((m) => refreshCountingFor(m, ids.beta!, 2024));
  });

  afterAll(async () => {
    await db.destroy();
  });

  const q = (words: string) => `${tag} ${words}`;

  it('ranks evidence matches above requirement-only matches and marks the matched words', async () => {
    const { rows, total } = await search.search({ q: q('extension') }, 1, 20);
    expect(total).toBe(3);
    expect(rows.map((r) => r.provision)).toEqual(expect.arrayContaining(['6.3', '6.4', '5.1']));
    expect(rows[rows.length - 1]!.provision).toBe('6.4');
    expect(rows[rows.length - 1]!.field).toBe('requirement');
    expect(rows[0]!.snippet).toMatch(/«extension»/);
  });

  it('reads web-search syntax: an excluded word and a quoted phrase', async () => {
    const excluded = await search.search({ q: q('extension -resident') }, 1, 20);
    expect(excluded.rows.map((r) => r.provision).sort()).toEqual(['5.1', '6.4']);
    const phrase = await search.search({ q: `${tag} "extension letters"` }, 1, 20);
    expect(phrase.rows.map((r) => r.provision)).toEqual(['5.1']);
  });

  it('filters by 2024 provision through the crosswalk, by status, year and peer group', async () => {
    const provision = await search.search({ q: q('extension'), provision: '6.3' }, 1, 20);
    expect(
      provision.rows.map((r) => `${r.landlordId === ids.beta ? 'beta' : 'alpha'} ${r.provision}`).sort(),
    ).toEqual(['alpha 6.3', 'beta 5.1']);
    expect(
      (await search.search({ q: q('extension'), status: 'partial' }, 1, 20)).rows.map((r) => r.provision),
    ).toEqual(['5.1']);
    expect((await search.search({ q: q('extension'), year: 2024 }, 1, 20)).total).toBe(2);
    expect(
      (await search.search({ q: q('extension'), landlordType: 'local_authority' }, 1, 20)).rows.map(
        (r) => r.provision,
      ),
    ).toEqual(['5.1']);
    expect((await search.search({ q: q('extension'), sizeBand: '1000_9999' }, 1, 20)).total).toBe(2);
  });

  it("limits a landlord user's search to its own organisation", async () => {
    const own = await search.search({ q: q('extension'), landlordId: ids.alpha }, 1, 20);
    expect(own.rows.every((r) => r.landlordId === ids.alpha)).toBe(true);
    expect(own.total).toBe(2);
  });

  it('searches counting submissions only, unless all=true, which marks superseded ones', async () => {
    expect((await search.search({ q: q('wording') }, 1, 20)).rows.map((r) => r.submissionId)).toEqual([
      ids.betaNew,
    ]);
    const all = await search.search({ q: q('wording'), all: true }, 1, 20);
    expect(all.rows.map((r) => [r.submissionId, r.counting]).sort()).toEqual(
      [
        [ids.betaNew, true],
        [ids.betaOld, false],
      ].sort(),
    );
  });

  it('stores flags with the answers, filters search by flag, and keeps a dismissal across a re-flag unless the text changes', async () => {
    const conflict = await search.search({ q: q('respond'), flag: 'timescale_conflict' }, 1, 20);
    expect(conflict.rows.map((r) => r.provision)).toEqual(['5.13']);
    const queue = await checks.list({ flag: 'timescale_conflict', landlordId: ids.beta }, 1, 20);
    expect(queue.rows).toHaveLength(1);
    const item = queue.rows[0]!;
    expect(item.reason).toContain('25 working days');
    await db.transaction((m) =>
      checks.review(item.id, 'dismissed', 'Policy says 20; a typing error', null, m),
    );
    await db.transaction((m) => writeConsistencyFlags(m, ids.beta2023!));
    expect(
      (await checks.list({ flag: 'timescale_conflict', landlordId: ids.beta }, 1, 20)).rows,
    ).toHaveLength(0);
    expect(
      (await checks.list({ flag: 'timescale_conflict', landlordId: ids.beta, state: 'dismissed' }, 1, 20))
        .rows[0]!.reviewReason,
    ).toBe('Policy says 20; a typing error');
    expect((await search.search({ q: q('respond'), flag: 'timescale_conflict' }, 1, 20)).total).toBe(0);
    await db.query(`UPDATE answers SET evidence = $2 WHERE submission_id = $1 AND provision = '5.13'`, [
      ids.beta2023,
      `We respond within 30 working days ${tag}.`,
    ]);
    await db.transaction((m) => writeConsistencyFlags(m, ids.beta2023!));
    expect(
      (await checks.list({ flag: 'timescale_conflict', landlordId: ids.beta }, 1, 20)).rows,
    ).toHaveLength(1);
  });

  it('lists low-confidence rows in the check queue, newest first', async () => {
    const low = await checks.list({ kind: 'low_confidence', landlordId: ids.alpha }, 1, 20);
    expect(low.rows.map((r) => r.provision)).toEqual(['6.3']);
    expect(low.rows[0]!.reason).toContain('confidence 0.5');
    const all = await checks.list({}, 1, 100);
    const times = all.rows.map((r) => r.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});
