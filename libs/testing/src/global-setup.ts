import { randomBytes } from 'node:crypto';
import { dropDatabase, migrateDatabase } from '@app/db';
import IORedis from 'ioredis';
import type { TestProject } from 'vitest/node' with { 'resolution-mode': 'import' };

// The values provided here are typed in test-env.ts, where tests read them with inject().

const SERVER_URL = process.env['TEST_DATABASE_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Each test run gets its own database and Redis key prefix, created here and removed afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runId = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const databaseUrl = `${SERVER_URL.replace(/\/$/, '')}/chc_test_${runId}`;
  const queuePrefix = `chc-test-${runId}`;
  await migrateDatabase(databaseUrl);
  project.provide('databaseUrl', databaseUrl);
  project.provide('redisUrl', REDIS_URL);
  project.provide('queuePrefix', queuePrefix);

  return async () => {
    await dropDatabase(databaseUrl);
    await deleteKeys(REDIS_URL, `${queuePrefix}*`);
  };
}

async function deleteKeys(url: string, pattern: string): Promise<void> {
  const redis = new IORedis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
