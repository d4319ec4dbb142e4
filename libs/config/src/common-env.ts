import { DEFAULT_FAILURE_LIMITS } from '@app/contracts';
import { env } from './env-schema';

/** Variables both the API and the worker read. */
export const COMMON_ENV = {
  NODE_ENV: env.oneOf(['development', 'production', 'test'] as const, { default: 'development' }),
  DATABASE_URL: env.url(['postgres:', 'postgresql:'], { default: 'postgres://postgres@127.0.0.1:5432/chc' }),
  REDIS_URL: env.url(['redis:', 'rediss:'], { default: 'redis://127.0.0.1:6379' }),
  /** Prefix of every Redis key, so deployments and test runs sharing one Redis never collide. */
  QUEUE_PREFIX: env.string({ default: 'chc', expects: 'a short key prefix such as "chc"' }),
  LOG_LEVEL: env.oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, { default: 'info' }),
  /** Largest upload accepted, in bytes (default 25 MB). */
  UPLOAD_MAX_BYTES: env.int({ default: DEFAULT_FAILURE_LIMITS.maxBytes, min: 1024, max: 512 * 1024 * 1024 }),
  /** Most pages parsed from one PDF. */
  PARSE_MAX_PAGES: env.int({ default: DEFAULT_FAILURE_LIMITS.maxPages, min: 1, max: 5000 }),
  /** Longest time one document may take to parse, in milliseconds. */
  PARSE_TIMEOUT_MS: env.int({ default: DEFAULT_FAILURE_LIMITS.timeoutMs, min: 1_000, max: 600_000 }),
};
