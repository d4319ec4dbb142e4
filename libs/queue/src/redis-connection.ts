import IORedis, { type RedisOptions } from 'ioredis';

/**
 * - `worker`: BullMQ workers and queue-event listeners (blocking commands; BullMQ needs `maxRetriesPerRequest: null`).
 * - `producer`: adds jobs; while Redis is down a command fails at once instead of hanging (no offline queue).
 * - `monitor`: health checks that bring their own timeout; commands wait for a reconnect.
 */
export type RedisConnectionKind = 'worker' | 'producer' | 'monitor';

export function createRedisConnection(url: string, kind: RedisConnectionKind): IORedis {
  const options: RedisOptions = {
    maxRetriesPerRequest: kind === 'worker' ? null : 1,
    enableOfflineQueue: kind !== 'producer',
    lazyConnect: false,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
  const connection = new IORedis(url, options);
  // Errors are reported through health checks and job outcomes; an unhandled 'error' event would crash.
  connection.on('error', () => undefined);
  return connection;
}
