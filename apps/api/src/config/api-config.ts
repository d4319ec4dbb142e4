import { tmpdir } from 'node:os';
import { COMMON_ENV, env, readEnv, type EnvOf } from '@app/config';

export const API_ENV = {
  ...COMMON_ENV,
  PORT: env.int({ default: 3000, min: 1, max: 65_535 }),
  /** Where the built dashboard is; served at / when present. */
  WEB_DIST_DIR: env.string({ default: 'apps/web/dist', expects: 'a folder path' }),
  /** The dashboard's origin for CORS when it is served from elsewhere (the Vite dev server). */
  CORS_ORIGIN: env.string({ default: 'http://localhost:5173', expects: 'an origin such as https://dashboard.example' }),
  /** The address people open, used in printed links and set-password links. */
  PUBLIC_URL: env.url(['http:', 'https:'], { default: 'http://localhost:3000' }),
  /** Express "trust proxy": which hops may set X-Forwarded-For (false, a hop count, or addresses/"loopback"). */
  TRUST_PROXY: env.string({ default: 'loopback', expects: 'false, a number of hops, or addresses such as "loopback" or "10.0.0.0/8"' }),
  /** A session ends after this many minutes without a request... */
  SESSION_IDLE_MINUTES: env.int({ default: 120, min: 1, max: 7 * 24 * 60 }),
  /** ...and this many hours after sign-in, whatever the activity. */
  SESSION_MAX_HOURS: env.int({ default: 12, min: 1, max: 30 * 24 }),
  /** Failed sign-ins in a row that lock an account... */
  LOGIN_MAX_FAILURES: env.int({ default: 5, min: 1, max: 100 }),
  /** ...for this many minutes. */
  LOGIN_LOCK_MINUTES: env.int({ default: 15, min: 1, max: 24 * 60 }),
  /** Sign-in attempts per minute from one IP address. */
  LOGIN_RATE_LIMIT: env.int({ default: 20, min: 1, max: 100_000 }),
  /** Where an upload is streamed to (and hashed) before it is stored in PostgreSQL; each file is removed at once. */
  UPLOAD_TMP_DIR: env.directory({ default: tmpdir() }),
  /** Uploads per hour per user. */
  UPLOAD_RATE_LIMIT: env.int({ default: 200, min: 1, max: 100_000 }),
  /** How long a one-time set-password link stays valid. */
  PASSWORD_LINK_HOURS: env.int({ default: 72, min: 1, max: 30 * 24 }),
};

export type ApiConfig = EnvOf<typeof API_ENV>;
export const API_CONFIG = Symbol('API_CONFIG');

/**
 * Under NODE_ENV=test every suite signs in from 127.0.0.1 against one Redis prefix, so the request
 * rate limits default to effectively off; tests of the limits set them explicitly.
 */
const TEST_DEFAULTS: Partial<Record<keyof typeof API_ENV, string>> = { LOGIN_RATE_LIMIT: '100000', UPLOAD_RATE_LIMIT: '100000' };

export function loadApiConfig(source: NodeJS.ProcessEnv = process.env): ApiConfig {
  return readEnv(API_ENV, source['NODE_ENV'] === 'test' ? { ...TEST_DEFAULTS, ...source } : source);
}
