import { inject } from 'vitest';

// Declared here rather than in global-setup.ts so that every project whose tests import this file
// sees the types of the values global-setup.ts provides.
declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisUrl: string;
    queuePrefix: string;
  }
}

/** The per-run database, Redis and key prefix created by global-setup.ts, as environment variables. */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: inject('redisUrl'),
    QUEUE_PREFIX: inject('queuePrefix'),
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    WEB_DIST_DIR: 'apps/web/dist-missing-in-tests',
    ...overrides,
  };
}
