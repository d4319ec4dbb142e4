// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from './data-source';
import { migrateDatabase } from './migrate';
import { LandlordRepository } from './repositories';
import { selectRows } from './repositories/sql';
import { ANSWER_COLUMNS, answerRowSchema, SUBMISSION_COLUMNS, SUBMISSION_FROM, submissionRowSchema } from './rows';

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

  it('writes and reads rows through a repository', async () => {
    const repo = new LandlordRepository(db);
    const saved = await repo.create({
      name: 'Example Homes',
      type: 'housing_association',
      registrationCode: 'L0001',
      region: 'London',
      homesOwned: 1200,
      aliases: [],
    });
    const found = await repo.findById(saved.id);
    expect(found).toMatchObject({ name: 'Example Homes', type: 'housing_association', homesOwned: 1200 });
    expect(found?.createdAt).toBeInstanceOf(Date);
  });

  it('rejects rows the schema forbids', async () => {
    await expect(
      db.query("INSERT INTO landlords (name, match_name, type) VALUES ('X', 'x', 'spaceship')"),
    ).rejects.toThrow(/check constraint/);
  });

  it('has every column the row schemas read in the migrated schema', async () => {
    await expect(selectRows(db.manager, `SELECT ${ANSWER_COLUMNS} FROM answers a LIMIT 0`, [], answerRowSchema)).resolves.toEqual([]);
    await expect(
      selectRows(db.manager, `SELECT ${SUBMISSION_COLUMNS} ${SUBMISSION_FROM} LIMIT 0`, [], submissionRowSchema),
    ).resolves.toEqual([]);
  });

  it('refuses a row that does not have the shape its schema names', async () => {
    await expect(
      selectRows(db.manager, `SELECT 'x' AS id, 'not a number' AS position`, [], answerRowSchema.pick({ id: true, position: true })),
    ).rejects.toThrow(/expected shape/);
  });
});
