import { randomUUID } from 'node:crypto';
import type { LandlordType, UserRole } from '@app/contracts';
import { LandlordRepository, UserRepository } from '@app/db';
import { TEST_PASSWORD, testEnv } from '@app/testing';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { loadApiConfig } from '../config/api-config';
import { createApp } from '../create-app';

export const PASSWORD = TEST_PASSWORD;

/** The one API test client (`@app/testing`), under the name these tests know it by. */
export { ApiSession as ApiClient, type CallResult } from '@app/testing';

/** A running API on a random port, with direct database access for set-up and checks. */
export interface ApiHarness {
  app: INestApplication;
  base: string;
  db: DataSource;
  close(): Promise<void>;
}

/** Starts the real app (createApp) against the test database (NODE_ENV=test: rate limits off unless set). */
export async function startApi(overrides: Record<string, string> = {}): Promise<ApiHarness> {
  const config = loadApiConfig(testEnv(overrides));
  const app = await createApp(config, pino({ level: 'silent' }));
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, base, db: app.get(DataSource), close: () => app.close() };
}

const hasher = new PasswordHasher();
let hashed: Promise<string> | null = null;

export const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

export async function createLandlord(
  db: DataSource,
  name = unique('Test Homes'),
  type: LandlordType = 'housing_association',
) {
  return new LandlordRepository(db).create({ name, type });
}

/** An account with PASSWORD, created directly in the database. */
export async function createUser(
  db: DataSource,
  role: UserRole,
  landlordId: string | null = null,
  email = `${unique(role)}@example.org`,
) {
  hashed ??= hasher.hash(PASSWORD);
  return new UserRepository(db).create({ email, role, landlordId, passwordHash: await hashed });
}

/** A submission with one answer for a landlord, inserted directly (the access tests need one to point at). */
export async function createSubmission(
  db: DataSource,
  landlordId: string,
): Promise<{ submissionId: string; answerId: string }> {
  const sha = randomUUID().replace(/-/g, '').padEnd(64, '0');
  const [file]: { id: string }[] = await db.query(
    `INSERT INTO stored_files (sha256, media_type, format, size_bytes, original_name, bytes)
     VALUES ($1, 'text/plain', 'text', 5, 'assessment.txt', $2) RETURNING id`,
    [sha, Buffer.from('hello')],
  );
  const [submission]: { id: string }[] = await db.query(
    `INSERT INTO submissions (landlord_id, assessment_year, code_version, status, file_id, sha256)
     VALUES ($1, 2024, '2024', 'needs_review', $2, $3) RETURNING id`,
    [landlordId, file!.id, sha],
  );
  const [answer]: { id: string }[] = await db.query(
    `INSERT INTO answers (submission_id, position, provision, parsed_provision, canonical_provisions, canonical_links, status, parsed_status, confidence)
     VALUES ($1, 0, '1.2', '1.2', '{1.2}', '[]', 'yes', 'yes', 0.9) RETURNING id`,
    [submission!.id],
  );
  return { submissionId: submission!.id, answerId: answer!.id };
}
