import { dropDatabase, migrateDatabase } from '@app/db';
import { testEnv } from '@app/testing';
import pino from 'pino';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSeed } from './seed-runner';
import { loadApiConfig } from '../config/api-config';
import { createApp } from '../create-app';
import { ApiClient } from '../testing/api-harness.test-support';

/** The seed decides by what is in the database, so each case gets a fresh one. */
async function freshDatabase(suffix: string): Promise<string> {
  const url = new URL(testEnv().DATABASE_URL!);
  url.pathname = `${url.pathname}_${suffix}`;
  await migrateDatabase(url.toString());
  return url.toString();
}

async function counts(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM landlords) AS landlords,
              (SELECT count(*)::int FROM landlord_aliases) AS aliases`,
    );
    return rows[0] as { users: number; landlords: number; aliases: number };
  } finally {
    await client.end();
  }
}

describe('first-start seed', () => {
  const urls: string[] = [];
  let development: string;

  beforeAll(async () => {
    development = await freshDatabase('seed_dev');
    urls.push(development);
  });

  afterAll(async () => {
    for (const url of urls) await dropDatabase(url);
  });

  it('creates the admin, the five sample landlords and demo accounts once, and prints the accounts', async () => {
    const lines: string[] = [];
    const env = testEnv({ DATABASE_URL: development, NODE_ENV: 'development', SAMPLE_SECTOR_LANDLORDS: '0' });
    const accounts = await runSeed(env, (line) => lines.push(line));
    expect(accounts.map((a) => [a.role, a.email, a.password])).toEqual([
      ['admin', 'admin@example.org', 'change-this-admin-password'],
      ['analyst', 'analyst@example.org', 'analyst-demo-password'],
      ['landlord', 'lewisham@example.org', 'landlord-demo-password'],
    ]);
    const output = lines.join('\n');
    expect(output).toContain('admin@example.org');
    expect(output).toContain('change-this-admin-password');
    expect(output).toMatch(
      /Waltham Forest Council.*Octavia Housing.*Kingston Council.*whg.*Lewisham Council/,
    );
    const first = await counts(development);
    expect(first).toMatchObject({ users: 3, landlords: 5 });

    const again: string[] = [];
    await runSeed(env, (line) => again.push(line));
    expect(await counts(development)).toEqual(first);
    expect(again.join('\n')).toContain('already has 5 landlords');
    expect(again.join('\n')).toContain('landlord-demo-password');
  });

  it('adds a generated sample sector of SAMPLE_SECTOR_LANDLORDS landlords once, counted by the analytics', async () => {
    const url = await freshDatabase('seed_sector');
    urls.push(url);
    const env = testEnv({ DATABASE_URL: url, NODE_ENV: 'development', SAMPLE_SECTOR_LANDLORDS: '12' });
    const lines: string[] = [];
    await runSeed(env, (line) => lines.push(line));
    expect(lines.join('\n')).toMatch(/added 12 generated sample landlords/);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const query = `SELECT (SELECT count(*)::int FROM landlords WHERE sample) AS sample,
                            (SELECT count(DISTINCT assessment_year)::int FROM counting_submissions) AS years,
                            (SELECT count(*)::int FROM counted_answers ca JOIN counting_submissions cs USING (landlord_id, assessment_year)
                              WHERE cs.code_version = '2022' AND ca.caveat IS NOT NULL) AS caveated`;
      const first = (await client.query(query)).rows[0];
      expect(first.sample).toBe(12);
      expect(first.years).toBeGreaterThanOrEqual(3);
      expect(first.caveated).toBeGreaterThan(0);
      const again: string[] = [];
      await runSeed(env, (line) => again.push(line));
      expect(again.join('\n')).toContain('already loaded');
      expect((await client.query(query)).rows[0]).toEqual(first);
    } finally {
      await client.end();
    }
  });

  it('seeds accounts that sign in with the printed passwords, the landlord user scoped to Lewisham', async () => {
    const app = await createApp(
      loadApiConfig(testEnv({ DATABASE_URL: development })),
      pino({ level: 'silent' }),
    );
    await app.listen(0, '127.0.0.1');
    try {
      const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
      const landlord = new ApiClient(base);
      const login = await landlord.login('lewisham@example.org', 'landlord-demo-password');
      expect(login.body).toMatchObject({ user: { role: 'landlord', landlordName: 'Lewisham Council' } });
      const admin = new ApiClient(base);
      expect((await admin.login('admin@example.org', 'change-this-admin-password')).status).toBe(200);
      const registry = await admin.call<
        { name: string; aliases: string[]; registrationCode: string | null }[]
      >('GET', '/api/landlords');
      expect(registry.body.find((l) => l.name === 'Lewisham Council')).toMatchObject({
        registrationCode: 'E09000023',
        aliases: expect.arrayContaining(['lewisham.gov.uk', 'London Borough of Lewisham']),
      });
    } finally {
      await app.close();
    }
  });

  it('in production creates no sample data, needs ADMIN_EMAIL and ADMIN_PASSWORD, and never prints the password', async () => {
    const production = await freshDatabase('seed_prod');
    urls.push(production);
    const lines: string[] = [];
    await runSeed(testEnv({ DATABASE_URL: production, NODE_ENV: 'production' }), (line) => lines.push(line));
    expect(lines.join('\n')).toContain(
      'No admin account was created: in production set both ADMIN_EMAIL and ADMIN_PASSWORD',
    );
    expect(await counts(production)).toMatchObject({ users: 0, landlords: 0 });

    const set: string[] = [];
    const password = 'a production admin password';
    const accounts = await runSeed(
      testEnv({
        DATABASE_URL: production,
        NODE_ENV: 'production',
        ADMIN_EMAIL: 'Ops@Example.org',
        ADMIN_PASSWORD: password,
      }),
      (line) => set.push(line),
    );
    expect(accounts).toEqual([{ role: 'admin', email: 'ops@example.org', password: null, note: undefined }]);
    expect(set.join('\n')).not.toContain(password);
    expect(await counts(production)).toMatchObject({ users: 1, landlords: 0 });
  });
});
