import { createRedisConnection } from '@app/queue';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type IORedis from 'ioredis';
import { API_CONFIG, type ApiConfig } from '../config/api-config';

/** INCR a window counter, setting its expiry on the first hit; answers [count, milliseconds left]. */
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}`;

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters in Redis, shared by every API instance. If Redis is unreachable requests are
 * let through (sign-in stays protected by the per-account lockout kept in PostgreSQL).
 */
@Injectable()
export class RateLimiter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly redis: IORedis;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    this.redis = createRedisConnection(config.REDIS_URL, 'producer');
  }

  /** Gives the connection a moment to come up, so the first requests after start are counted too. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 2_000);
      this.redis.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async hit(bucket: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    try {
      const [count, ttl] = (await this.redis.eval(
        HIT,
        1,
        `${this.config.QUEUE_PREFIX}:rate-limit:${bucket}`,
        windowMs,
      )) as [number, number];
      return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)) };
    } catch (error) {
      this.logger.warn(
        `rate limit not applied (${bucket}): ${error instanceof Error ? error.message : String(error)}`,
      );
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
