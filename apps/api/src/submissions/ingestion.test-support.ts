import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UserRole } from '@app/contracts';
import { LandlordRepository, UserRepository } from '@app/db';
import { ApiSession, type SpawnedWorker, TEST_PASSWORD, TcpProxy, spawnWorker, testEnv } from '@app/testing';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { PasswordHasher } from '../auth/password-hasher';
import { SAMPLE_LANDLORDS } from '../cli/steps/sample-landlords.step';
import { loadApiConfig } from '../config/api-config';
import { createApp } from '../create-app';

/** Test support for the ingestion integration tests (excluded from the build). */

export const FIXTURES = resolve(__dirname, '../../../../libs/parser/fixtures');
export const fixture = (path: string) => readFileSync(resolve(FIXTURES, path));
export const truthOf = (path: string) =>
  JSON.parse(readFileSync(resolve(FIXTURES, path.replace(/\.(txt|html|docx|pdf)$/, '.truth.json')), 'utf8')) as {
    landlord: string | null;
    codeVersion: '2022' | '2024';
    assessmentYear: number | null;
    rows: { provision: string; status: string }[];
  };

/** Different bytes, same document: a trailing comment or newline so the sha256 differs. */
export function variant(bytes: Buffer, tag: string): Buffer {
  return Buffer.concat([bytes, Buffer.from(`\n<!-- ${tag} -->\n`)]);
}

const LANDLORD_KEYS = ['waltham', 'octavia', 'kingston', 'whg', 'lewisham'] as const;
export type LandlordKey = (typeof LANDLORD_KEYS)[number];

export interface Harness {
  app: INestApplication;
  base: string;
  /** The API's Redis goes through this proxy, so a test can cut it. */
  redisProxy: TcpProxy;
  landlords: Record<LandlordKey, string>;
  admin: ApiSession;
  analyst: ApiSession;
  /** Landlord users of Lewisham Council and of Octavia Housing. */
  lewisham: ApiSession;
  octavia: ApiSession;
  workers: SpawnedWorker[];
  startWorker(env?: Record<string, string>): Promise<SpawnedWorker>;
  close(): Promise<void>;
}

async function ensureUser(app: INestApplication, email: string, role: UserRole, landlordId: string | null): Promise<void> {
  const users = app.get(UserRepository);
  if (await users.findByEmail(email)) return;
  await users.create({ email, role, landlordId, passwordHash: await app.get(PasswordHasher).hash(TEST_PASSWORD) });
}

/** The API in-process (on the per-run database, Redis through a cuttable proxy), the sample landlords and four users. */
export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  const redis = new URL(testEnv().REDIS_URL!);
  const redisProxy = new TcpProxy(redis.hostname, Number(redis.port || 6379));
  await redisProxy.start();
  const config = loadApiConfig(
    testEnv({ REDIS_URL: `redis://${redisProxy.url}`, LOGIN_RATE_LIMIT: '100000', UPLOAD_RATE_LIMIT: '100000', ...env }),
  );
  const app = await createApp(config, pino({ level: 'silent' }));
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const registry = app.get(LandlordRepository);
  const existing = await registry.list();
  const landlords = {} as Record<LandlordKey, string>;
  for (const [index, key] of LANDLORD_KEYS.entries()) {
    const input = SAMPLE_LANDLORDS[index]!;
    landlords[key] = (existing.find((l) => l.name === input.name) ?? (await registry.create(input))).id;
  }
  await ensureUser(app, 'ingest-admin@example.org', 'admin', null);
  await ensureUser(app, 'ingest-analyst@example.org', 'analyst', null);
  await ensureUser(app, 'ingest-lewisham@example.org', 'landlord', landlords.lewisham);
  await ensureUser(app, 'ingest-octavia@example.org', 'landlord', landlords.octavia);
  const [admin, analyst, lewisham, octavia] = await Promise.all(
    ['admin', 'analyst', 'lewisham', 'octavia'].map((who) => ApiSession.signIn(base, `ingest-${who}@example.org`)),
  );

  const workers: SpawnedWorker[] = [];
  return {
    app,
    base,
    redisProxy,
    landlords,
    admin: admin!,
    analyst: analyst!,
    lewisham: lewisham!,
    octavia: octavia!,
    workers,
    async startWorker(workerEnv = {}) {
      const worker = await spawnWorker(testEnv(workerEnv));
      workers.push(worker);
      return worker;
    },
    async close() {
      await Promise.all(workers.map((w) => w.stop(10_000)));
      await app.close();
      await redisProxy.stop();
    },
  };
}
