import IORedis, { type RedisOptions } from 'ioredis';

export interface RedisConnectionConfig {
  url: string;
  /** Every key BullMQ writes starts with this, so separate deployments and test runs never collide. */
  prefix: string;
}

/**
 * A connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ workers need;
 * `failFast` (producers) disables the offline queue so a command fails at once while Redis is down
 * instead of hanging; callers that tolerate waiting (health checks with their own timeout) leave it off.
 */
export function createRedisConnection(url: string, options: { forWorker: boolean; failFast?: boolean }): IORedis {
  const base: RedisOptions = {
    maxRetriesPerRequest: options.forWorker ? null : 1,
    enableOfflineQueue: !(options.failFast ?? !options.forWorker),
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
  const connection = new IORedis(url, base);
  // Errors are reported through health checks and job outcomes; an unhandled 'error' event would crash.
  connection.on('error', () => undefined);
  return connection;
}
