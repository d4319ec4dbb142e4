import type { HealthResponse } from '@app/contracts';
import { type SpawnedWorker, TcpProxy, spawnWorker, testEnv, waitFor } from '@app/testing';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../config/api-config';
import { createApp } from '../create-app';

describe('health (real PostgreSQL and Redis)', () => {
  const redisTarget = new URL(testEnv().REDIS_URL!);
  const proxy = new TcpProxy(redisTarget.hostname, Number(redisTarget.port || 6379));
  let app: INestApplication;
  let base: string;
  let worker: SpawnedWorker | undefined;

  beforeAll(async () => {
    await proxy.start();
    const config = loadApiConfig(testEnv({ REDIS_URL: `redis://${proxy.url}` }));
    app = await createApp(config, pino({ level: 'silent' }));
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await worker?.stop();
    await app?.close();
    await proxy.stop();
  });

  const health = async () => {
    const res = await fetch(`${base}/api/health`);
    return { status: res.status, body: (await res.json()) as HealthResponse };
  };

  it('reports PostgreSQL and Redis up', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body.checks.postgres.status).toBe('up');
    expect(body.checks.redis.status).toBe('up');
    expect(body.queues?.map((q) => q.name)).toContain('submission-parse');
    expect(status).toBe(200);
  });

  it('answers 503 naming Redis while it is unreachable, keeps serving, and recovers without a restart', async () => {
    await proxy.cut();
    const down = await waitFor(
      async () => {
        const result = await health();
        return result.status === 503 ? result : undefined;
      },
      { what: 'health to report Redis down' },
    );
    expect(down.body.checks.redis.status).toBe('down');
    expect(down.body.checks.postgres.status).toBe('up');

    const codes = await fetch(`${base}/api/codes`);
    expect(codes.status).toBe(200);

    await proxy.resume();
    const up = await waitFor(
      async () => {
        const result = await health();
        return result.status === 200 ? result : undefined;
      },
      { what: 'health to recover' },
    );
    expect(up.body.checks.redis.status).toBe('up');
  });

  it('enqueues a job that a real worker process completes', async () => {
    const before = await fetch(`${base}/api/health/worker`);
    expect(before.status).toBe(503);

    worker = await spawnWorker(testEnv());
    const res = await fetch(`${base}/api/health/worker`);
    const body = (await res.json()) as { status: string; roundTripMs: number };
    expect(res.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.roundTripMs).toBeGreaterThanOrEqual(0);
    expect(await worker.stop()).toBe(0);
  });

  it('serves the Code catalog as public reference data', async () => {
    const res = await fetch(`${base}/api/codes/2024/provisions`);
    const provisions = (await res.json()) as { number: string }[];
    expect(res.status).toBe(200);
    expect(provisions).toHaveLength(72);
    expect(provisions[0]?.number).toBe('1.2');
    const missing = await fetch(`${base}/api/codes/1999/provisions`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('unknown_code_version');
  });
});
