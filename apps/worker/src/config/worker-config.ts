import { COMMON_ENV, readEnv, type EnvOf } from '@app/config';

export const WORKER_ENV = { ...COMMON_ENV };

export type WorkerConfig = EnvOf<typeof WORKER_ENV>;
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

export function loadWorkerConfig(source: NodeJS.ProcessEnv = process.env): WorkerConfig {
  return readEnv(WORKER_ENV, source);
}
