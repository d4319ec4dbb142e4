import { COMMON_ENV, EnvError, env, readEnv, type EnvOf } from '@app/config';

export const WORKER_ENV = {
  ...COMMON_ENV,
  /**
   * Memory one parse may use, in MB (resident: V8 heap and what lives outside it). Each document is parsed in
   * its own process, killed when it passes this; the submission fails with parse_out_of_memory.
   */
  PARSE_MAX_MEMORY_MB: env.int({ default: 1024, min: 128, max: 16_384 }),
  /** How often one worker looks for submissions stuck in queued/parsing with no live job (milliseconds). */
  SWEEP_INTERVAL_MS: env.int({ default: 30_000, min: 500, max: 3_600_000 }),
  /** A parse counts as stuck this long after PARSE_TIMEOUT_MS has passed since it was requested (milliseconds). */
  SWEEP_GRACE_MS: env.int({ default: 60_000, min: 0, max: 3_600_000 }),
  /**
   * Tests only: holds the answers transaction open this long before committing, so a test can kill the
   * worker mid-write deterministically. Refused in production.
   */
  TEST_PARSE_COMMIT_DELAY_MS: env.int({ default: 0, min: 0, max: 600_000 }),
};

export type WorkerConfig = EnvOf<typeof WORKER_ENV>;
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

export function loadWorkerConfig(source: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const config = readEnv(WORKER_ENV, source);
  if (config.NODE_ENV === 'production' && config.TEST_PARSE_COMMIT_DELAY_MS > 0) {
    throw new EnvError(['TEST_PARSE_COMMIT_DELAY_MS is for tests only: unset it in production.']);
  }
  return config;
}
