import type { SearchResponse } from '@app/contracts';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, type ApiHarness, createUser, startApi } from '../testing/api-harness.test-support';
import { download } from '../testing/export-download.test-support';
import { createExportSector, FIXTURE_RARE_FLAG, type FixtureLandlord } from '../testing/export-fixtures.test-support';

/** GET /api/search through the whole API: who may search what, and provision filters through the crosswalk. */
describe('GET /api/search', () => {
  let harness: ApiHarness;
  let analyst: ApiClient;
  let landlordUser: ApiClient;
  let sector: FixtureLandlord[];

  beforeAll(async () => {
    harness = await startApi();
    sector = await createExportSector(harness.db, 8);
    analyst = new ApiClient(harness.base);
    expect((await analyst.login((await createUser(harness.db, 'analyst')).email)).status).toBe(200);
    landlordUser = new ApiClient(harness.base);
    const own = await createUser(harness.db, 'landlord', sector[1]!.id);
    expect((await landlordUser.login(own.email)).status).toBe(200);
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function search(client: ApiClient, query: string): Promise<SearchResponse> {
    const result = await client.call<SearchResponse>('GET', `/api/search?${query}&pageSize=100`);
    expect(result.status, query).toBe(200);
    return result.body;
  }

  const ours = (body: SearchResponse) =>
    body.items.filter((hit) => sector.some((l) => l.id === hit.landlordId));

  /** Answers of counting submissions whose evidence holds the word, limited by extra SQL on `a` and `cs`. */
  async function expectedAnswerIds(word: string, where: string, params: unknown[] = []): Promise<string[]> {
    const rows = (await harness.db.query(
      `SELECT a.id FROM counting_submissions cs JOIN answers a ON a.submission_id = cs.submission_id
        WHERE cs.landlord_id = ANY($1::uuid[]) AND a.evidence ILIKE '%' || $2 || '%' AND ${where}`,
      [sector.map((l) => l.id), word, ...params],
    )) as { id: string }[];
    return rows.map((r) => r.id).sort();
  }

  it("limits a landlord user's search, and its CSV, to its own organisation's answers", async () => {
    const everyone = ours(await search(analyst, 'q=annually'));
    expect(new Set(everyone.map((hit) => hit.landlordId)).size).toBeGreaterThan(1);

    const own = await search(landlordUser, 'q=annually');
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((hit) => hit.landlordId === sector[1]!.id)).toBe(true);
    expect(own.items.map((hit) => hit.answerId).sort()).toEqual(
      await expectedAnswerIds('annually', 'cs.landlord_id = $3', [sector[1]!.id]),
    );
    // Not even with all=true, and it cannot ask for another landlord.
    const all = await search(landlordUser, 'q=annually&all=true');
    expect(all.items.every((hit) => hit.landlordId === sector[1]!.id)).toBe(true);
    expect(
      (await landlordUser.call('GET', `/api/search?q=annually&landlordId=${sector[2]!.id}`)).status,
    ).toBe(400);

    const csv = await download(landlordUser, harness.base, '/api/search/export.csv?q=annually');
    expect(csv.status).toBe(200);
    const rows = parse(csv.bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['answer_id']).sort()).toEqual(own.items.map((hit) => hit.answerId).sort());
    expect(rows.every((r) => r['landlord'] === sector[1]!.name)).toBe(true);
  });

  it('filters by 2024 provision through the crosswalk: a 2022-Code form is found under the 2024 number it counts for', async () => {
    const hits = ours(await search(analyst, 'q=annually&provision=6.3&year=2022'));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.answerId).sort()).toEqual(
      await expectedAnswerIds(
        'annually',
        `cs.assessment_year = 2022 AND a.canonical_provisions @> ARRAY['6.3']`,
      ),
    );
    expect(hits.every((hit) => hit.codeVersion === '2022' && hit.canonicalProvisions.includes('6.3'))).toBe(
      true,
    );
    // Found under 6.3 although the document printed another number.
    expect(hits.some((hit) => hit.provision !== '6.3')).toBe(true);
    // The printed number is not a filter: 2022's own 6.3 counts for another 2024 provision.
    const printed = ours(await search(analyst, 'q=annually&year=2022')).filter(
      (hit) => hit.provision === '6.3',
    );
    for (const hit of printed) expect(hits.map((h) => h.answerId)).not.toContain(hit.answerId);
  });

  it('filters by consistency flag: answers with the flag standing, dismissed ones left out', async () => {
    const hits = ours(await search(analyst, `q=annually&flag=${FIXTURE_RARE_FLAG}`));
    const expected = await expectedAnswerIds(
      'annually',
      `EXISTS (SELECT 1 FROM answer_flags f WHERE f.answer_id = a.id AND f.flag = $3
         AND NOT EXISTS (SELECT 1 FROM answer_flag_reviews r WHERE r.submission_id = f.submission_id
           AND r.parsed_provision = f.parsed_provision AND r.position = f.position AND r.flag = f.flag
           AND r.text_hash = f.text_hash AND r.state = 'dismissed'))`,
      [FIXTURE_RARE_FLAG],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.answerId).sort()).toEqual(expected);
    expect(hits.every((hit) => hit.flags.includes(FIXTURE_RARE_FLAG))).toBe(true);
    // Each hit carries the flags' reasons, to show beside it.
    for (const hit of hits)
      expect(hit.consistencyFlags).toContainEqual({
        flag: FIXTURE_RARE_FLAG,
        reason: `Fixture ${FIXTURE_RARE_FLAG} on ${hit.provision}`,
        state: 'open',
      });
    // The fixture dismissed the flag on its first landlord's 2024 answers: not on those hits.
    const dismissed = ours(await search(analyst, 'q=annually&year=2024')).filter(
      (hit) => hit.landlordId === sector[0]!.id,
    );
    expect(dismissed.length).toBeGreaterThan(0);
    for (const hit of dismissed) {
      expect(hit.flags).not.toContain(FIXTURE_RARE_FLAG);
      expect(hit.consistencyFlags.map((f) => f.flag)).toEqual(hit.flags);
    }
  });
});
