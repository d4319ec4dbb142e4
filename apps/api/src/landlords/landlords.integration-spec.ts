import type { LandlordDto, LandlordImportReport } from '@app/contracts';
import { LandlordMatcher } from '@app/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  type ApiHarness,
  createLandlord,
  createSubmission,
  createUser,
  startApi,
  unique,
} from '../testing/api-harness.test-support';

interface ImportRefused {
  code: string;
  message: string;
  details: { report: LandlordImportReport };
}

describe('landlord registry (real PostgreSQL)', () => {
  let harness: ApiHarness;
  let admin: ApiClient;

  beforeAll(async () => {
    harness = await startApi();
    admin = new ApiClient(harness.base);
    await admin.login((await createUser(harness.db, 'admin')).email);
  });

  afterAll(async () => {
    await harness?.close();
  });

  const count = async (names: string[]) =>
    (
      (await harness.db.query('SELECT count(*)::int AS n FROM landlords WHERE name = ANY($1)', [names])) as {
        n: number;
      }[]
    )[0]!.n;

  it('creates, reads, edits and deletes a landlord, refusing names another landlord already uses', async () => {
    const name = unique('Riverside Homes');
    const created = await admin.call<LandlordDto>('POST', '/api/landlords', {
      body: {
        name,
        type: 'housing_association',
        registrationCode: unique('l').toUpperCase().replace('-', ''),
        region: 'London',
        homesOwned: 1200,
        aliases: [`${name} Ltd`, `${name} Housing`],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name,
      type: 'housing_association',
      region: 'London',
      homesOwned: 1200,
      mergedIntoId: null,
    });
    // "X Ltd" normalises to X: kept once, the other alias too.
    expect(created.body.aliases).toEqual([`${name} Housing`, `${name} Ltd`]);

    const again = await admin.call('POST', '/api/landlords', {
      body: { name: `${name.toUpperCase()} LIMITED`, type: 'other' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'landlord_exists' });

    const edited = await admin.call<LandlordDto>('PATCH', `/api/landlords/${created.body.id}`, {
      body: { region: null, homesOwned: 1300, aliases: ['Riverside'] },
    });
    expect(edited.body).toMatchObject({ region: null, homesOwned: 1300, aliases: ['Riverside'] });
    expect((await admin.call<LandlordDto>('GET', `/api/landlords/${created.body.id}`)).body.homesOwned).toBe(
      1300,
    );

    expect((await admin.call('DELETE', `/api/landlords/${created.body.id}`)).status).toBe(204);
    expect((await admin.call('GET', `/api/landlords/${created.body.id}`)).status).toBe(404);
  });

  it('refuses to delete a landlord with submissions (409) and shows landlord users only their own', async () => {
    const landlord = await createLandlord(harness.db);
    const other = await createLandlord(harness.db);
    await createSubmission(harness.db, landlord.id);
    const refused = await admin.call('DELETE', `/api/landlords/${landlord.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'landlord_has_submissions' });

    const user = new ApiClient(harness.base);
    await user.login((await createUser(harness.db, 'landlord', landlord.id)).email);
    const mine = await user.call<LandlordDto[]>('GET', '/api/landlords');
    expect(mine.body.map((l) => l.id)).toEqual([landlord.id]);
    expect((await user.call('GET', `/api/landlords/${other.id}`)).status).toBe(404);
    const all = await admin.call<LandlordDto[]>('GET', '/api/landlords');
    expect(all.body.map((l) => l.id)).toEqual(expect.arrayContaining([landlord.id, other.id]));
  });

  it('imports nothing when any line is bad, and reports every line', async () => {
    const existing = await createLandlord(harness.db, unique('Existing Homes'));
    const owner = await createLandlord(harness.db, unique('Owner Homes'));
    const good = unique('Northern Homes');
    const csv = [
      'name,type,registration code,region,homes owned,aliases',
      `${good},housing association,,North West,"2,400",${good} Group; nhg.org.uk`,
      `,local authority,,,,`,
      `${unique('Bad Type')},castle,,,,`,
      `${existing.name},other,,,,`,
      `${unique('Alias Thief')},other,,,,${owner.name}`,
    ].join('\n');
    const res = await admin.call<ImportRefused>('POST', '/api/landlords/import', {
      raw: csv,
      contentType: 'text/csv',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('import_invalid');
    const { report } = res.body.details;
    expect(report.lines.map((l) => [l.line, l.status])).toEqual([
      [2, 'created'],
      [3, 'error'],
      [4, 'error'],
      [5, 'skipped'],
      [6, 'error'],
    ]);
    expect(report).toMatchObject({ imported: 0, errors: 3, skipped: 1 });
    expect(report.lines[1]?.messages).toEqual(['Name is missing.']);
    expect(report.lines[2]?.messages[0]).toMatch(/Type "castle"/);
    expect(report.lines[4]?.messages[0]).toMatch(/already the name of/);
    expect(await count([good])).toBe(0);
  });

  it('imports a clean file in one go, as a text/csv body or a multipart file, skipping landlords already there', async () => {
    const names = [unique('Eastern Homes'), unique('Western Council')];
    const csv = `Name,Type,Aliases\n${names[0]},HA,${names[0]} Ltd\n${names[1]},local authority,`;
    const first = await admin.call<LandlordImportReport>('POST', '/api/landlords/import', {
      raw: csv,
      contentType: 'text/csv',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ imported: 2, skipped: 0, errors: 0 });
    expect(first.body.lines.every((l) => l.status === 'created' && l.id)).toBe(true);
    expect(await count(names)).toBe(2);

    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'registry.csv');
    const second = await admin.call<LandlordImportReport>('POST', '/api/landlords/import', { raw: form });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ imported: 0, skipped: 2 });
    expect(await count(names)).toBe(2);

    const json = await admin.call('POST', '/api/landlords/import', { body: { csv } });
    expect(json.status).toBe(415);
  });

  it('merges a landlord into another: submissions, users and aliases move, the old name becomes an alias', async () => {
    const from = await createLandlord(harness.db, unique('Old Name Homes'));
    const into = await createLandlord(harness.db, unique('New Name Homes'));
    await admin.call('PATCH', `/api/landlords/${from.id}`, { body: { aliases: ['oldname.org.uk'] } });
    const { submissionId } = await createSubmission(harness.db, from.id);
    const user = await createUser(harness.db, 'landlord', from.id);
    const browser = new ApiClient(harness.base);
    await browser.login(user.email);

    const merged = await admin.call<LandlordDto>('POST', `/api/landlords/${from.id}/merge`, {
      body: { intoId: into.id },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.id).toBe(into.id);
    expect(merged.body.aliases).toEqual(expect.arrayContaining([from.name, 'oldname.org.uk']));
    const [submission] = await harness.db.query('SELECT landlord_id FROM submissions WHERE id = $1', [
      submissionId,
    ]);
    expect(submission.landlord_id).toBe(into.id);
    const [movedUser] = await harness.db.query('SELECT landlord_id FROM users WHERE id = $1', [user.id]);
    expect(movedUser.landlord_id).toBe(into.id);
    const old = await admin.call<LandlordDto>('GET', `/api/landlords/${from.id}`);
    expect(old.body.mergedIntoId).toBe(into.id);
    expect((await admin.call<LandlordDto[]>('GET', '/api/landlords')).body.map((l) => l.id)).not.toContain(
      from.id,
    );
    expect(
      (await admin.call<LandlordDto[]>('GET', '/api/landlords?includeMerged=true')).body.map((l) => l.id),
    ).toContain(from.id);

    // The moved user now sees the survivor; the matcher finds it by the old name.
    expect((await browser.call<LandlordDto[]>('GET', '/api/landlords')).body.map((l) => l.id)).toEqual([
      into.id,
    ]);
    expect((await harness.app.get(LandlordMatcher).match(from.name))?.landlordId).toBe(into.id);

    expect(
      (await admin.call('POST', `/api/landlords/${from.id}/merge`, { body: { intoId: into.id } })).status,
    ).toBe(409);
    expect(
      (await admin.call('POST', `/api/landlords/${into.id}/merge`, { body: { intoId: into.id } })).status,
    ).toBe(400);
  });

  it('matches detected names against the registry', async () => {
    const name = unique('Hillside Housing Association');
    await admin.call('POST', '/api/landlords', {
      body: { name, type: 'housing_association', aliases: [`${name.split(' ')[0]}.org.uk`] },
    });
    const matcher = harness.app.get(LandlordMatcher);
    expect(
      (await matcher.match(`${name.replace('Housing Association', 'Housing Association Ltd')}`))?.score,
    ).toBe(1);
    expect(await matcher.match(unique('Nowhere Trust'))).toBeNull();
  });
});
