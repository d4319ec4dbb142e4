import type IORedis from 'ioredis';

/** Name of the hash beside the parse queue's keys (`<prefix>:<queue>:rescues`) that the API's health check reads. */
export const RESCUES_KEY = 'rescues';
export type RescueKind = 'requeued' | 'failed';

/** Counts a rescue; for a re-queue, returns how many times this job id has now been re-queued. */
export async function countRescue(redis: IORedis, key: string, kind: RescueKind, jobId: string): Promise<number> {
  const results = await redis
    .multi()
    .hincrby(key, kind, 1)
    .hincrby(key, `job:${jobId}`, kind === 'requeued' ? 1 : 0)
    .hset(key, 'lastAt', new Date().toISOString())
    .exec();
  return Number(results?.[1]?.[1] ?? 0);
}

export async function requeuesOf(redis: IORedis, key: string, jobId: string): Promise<number> {
  return Number((await redis.hget(key, `job:${jobId}`)) ?? 0);
}
