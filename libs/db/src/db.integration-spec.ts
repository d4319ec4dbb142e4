// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from './data-source';
import { LandlordEntity } from './entities';
import { migrateDatabase } from './migrate';

describe('database (real PostgreSQL)', () => {
  const url = testEnv().DATABASE_URL!;
  let db: DataSource;

  beforeAll(async () => {
    db = createDataSource(url);
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('migrates idempotently and keeps reference data loaded once', async () => {
    const again = await migrateDatabase(url);
    expect(again.databaseCreated).toBe(false);
    expect(again.migrationsRun).toEqual([]);
    expect(again.referenceDataLoaded).toBe(false);
    const counts: { version: string; n: number }[] = await db.query(
      'SELECT version, count(*)::int AS n FROM provisions GROUP BY version ORDER BY version',
    );
    expect(counts).toEqual([
      { version: '2022', n: 72 },
      { version: '2024', n: 72 },
    ]);
    const [mapped] = await db.query(
      "SELECT to_number FROM crosswalk_entries WHERE from_number = '5.13' AND relation <> 'dropped'",
    );
    expect(mapped.to_number).toBe('6.14');
  });

  it('writes and reads rows through the entities', async () => {
    const repo = db.getRepository(LandlordEntity);
    const saved = await repo.save(
      repo.create({
        name: 'Example Homes',
        matchName: 'example homes',
        type: 'housing_association',
        registrationCode: 'L0001',
        region: 'London',
        homesOwned: 1200,
        aliases: [],
      }),
    );
    const found = await repo.findOneByOrFail({ id: saved.id });
    expect(found).toMatchObject({ name: 'Example Homes', type: 'housing_association', homesOwned: 1200 });
    expect(found.createdAt).toBeInstanceOf(Date);
  });

  it('rejects rows the schema forbids', async () => {
    await expect(
      db.query("INSERT INTO landlords (name, match_name, type) VALUES ('X', 'x', 'spaceship')"),
    ).rejects.toThrow(/check constraint/);
  });

  it('has every entity column in the migrated schema, with the same nullability', async () => {
    const rows: { table_name: string; column_name: string; is_nullable: 'YES' | 'NO' }[] = await db.query(
      "SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const actual = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r.is_nullable === 'YES']));
    const drift: string[] = [];
    for (const entity of db.entityMetadatas) {
      for (const column of entity.columns) {
        const key = `${entity.tableName}.${column.databaseName}`;
        if (!actual.has(key)) drift.push(`${key} is missing`);
        else if (actual.get(key) !== column.isNullable) drift.push(`${key} nullability differs`);
      }
    }
    expect(drift).toEqual([]);
  });
});
