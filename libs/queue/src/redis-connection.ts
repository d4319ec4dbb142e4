import IORedis, { type RedisOptions } from 'ioredis';

export interface RedisConnectionConfig {
  url: string;
  /** Every key BullMQ writes starts with this, so separate deployments and test runs never collide. */
  prefix: string;
}

/**
 * A connection for BullMQ. `maxRetriesPerRequest: null` is what BullMQ workers need;
 * `enableOfflineQueue: false` makes producers fail fast while Redis is down instead of hanging.
 */
export function createRedisConnection(url: string, options: { forWorker: boolean }): IORedis {
  const base: RedisOptions = {
    maxRetriesPerRequest: options.forWorker ? null : 1,
    enableOfflineQueue: options.forWorker,
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
  const connection = new IORedis(url, base);
  // Errors are reported through health checks and job outcomes; an unhandled 'error' event would crash.
  connection.on('error', () => undefined);
  return connection;
}
