import { HttpException, type ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import { loadApiConfig } from '../config/api-config';
import type { RateLimitPolicy } from './rate-limit.decorator';
import { RateLimitGuard } from './rate-limit.guard';
import type { RateLimiter } from './rate-limiter.service';

function setUp(policy: RateLimitPolicy | undefined, allowed: boolean) {
  const hits: { bucket: string; limit: number; windowMs: number }[] = [];
  const headers: Record<string, string> = {};
  const limiter = {
    hit: async (bucket: string, limit: number, windowMs: number) => {
      hits.push({ bucket, limit, windowMs });
      return { allowed, retryAfterSeconds: 42 };
    },
  } as unknown as RateLimiter;
  const reflector = { getAllAndOverride: () => policy } as unknown as Reflector;
  const config = loadApiConfig({ LOGIN_RATE_LIMIT: '7', UPLOAD_RATE_LIMIT: '9' });
  const context = {
    getType: () => 'http',
    getHandler: () => undefined,
    getClass: () => undefined,
    switchToHttp: () => ({
      getRequest: () => ({ ip: '203.0.113.5', user: { id: 'user-1' } }),
      getResponse: () => ({ setHeader: (name: string, value: string) => (headers[name] = value) }),
    }),
  } as unknown as ExecutionContext;
  return { run: () => new RateLimitGuard(reflector, limiter, config).canActivate(context), hits, headers };
}

describe('RateLimitGuard', () => {
  it('leaves routes without a throttle decorator alone', async () => {
    const { run, hits } = setUp(undefined, false);
    await expect(run()).resolves.toBe(true);
    expect(hits).toEqual([]);
  });

  it('counts sign-ins per address a minute and uploads per user an hour', async () => {
    const login = setUp('login', true);
    await login.run();
    expect(login.hits).toEqual([{ bucket: 'login:203.0.113.5', limit: 7, windowMs: 60_000 }]);
    const upload = setUp('upload', true);
    await upload.run();
    expect(upload.hits).toEqual([{ bucket: 'upload:user-1', limit: 9, windowMs: 3_600_000 }]);
  });

  it('answers 429 with Retry-After beyond the limit', async () => {
    const { run, headers } = setUp('upload', false);
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpException);
    expect((error as HttpException).getStatus()).toBe(429);
    expect(headers['Retry-After']).toBe('42');
  });
});
