import type { DependencyHealth, HealthResponse, QueueHealth, WorkerProbeResponse } from '@app/contracts';
import { withTimeout } from '@app/config';
import { HealthRepository, OutboxRepository } from '@app/db';
import { JobName, QueueName, createRedisConnection, jobIdFor } from '@app/queue';
import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type Metrics, type Queue, QueueEvents } from 'bullmq';
import type IORedis from 'ioredis';
import { API_CONFIG, type ApiConfig } from '../config/api-config';

const CHECK_TIMEOUT_MS = 1_500;
const PROBE_TIMEOUT_MS = 5_000;
const started = Date.now();
const HOUR_MINUTES = 60;

/**
 * Jobs finished in about the last hour from BullMQ's per-minute metrics (kept by the workers): the closed minutes
 * in the list plus the count since the last data point.
 */
export function lastHour(metrics: Metrics): number {
  const pending = metrics.meta.prevTS > Date.now() - HOUR_MINUTES * 60_000 ? metrics.meta.count - metrics.meta.prevCount : 0;
  return Math.max(0, pending) + metrics.data.slice(0, HOUR_MINUTES - 1).reduce((sum, n) => sum + n, 0);
}

@Injectable()
export class HealthService implements OnModuleDestroy {
  private readonly redis: IORedis;
  private probeEvents: QueueEvents | null = null;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly db: HealthRepository,
    private readonly outbox: OutboxRepository,
    @InjectQueue(QueueName.SubmissionParse) private readonly parseQueue: Queue,
    @InjectQueue(QueueName.System) private readonly systemQueue: Queue,
  ) {
    this.redis = createRedisConnection(config.REDIS_URL, 'monitor');
  }

  async check(): Promise<HealthResponse> {
    const [postgres, redis] = await Promise.all([
      this.measure(() => this.db.ping()),
      this.measure(() => this.redis.ping()),
    ]);
    const [queues, outboxPending] = await Promise.all([
      redis.status === 'up' ? this.queueDepths().catch(() => undefined) : undefined,
      postgres.status === 'up' ? withTimeout(this.outbox.pendingCount(), CHECK_TIMEOUT_MS, 'PostgreSQL').catch(() => undefined) : undefined,
    ]);
    return {
      status: postgres.status === 'up' && redis.status === 'up' ? 'ok' : 'degraded',
      version: process.env['npm_package_version'] ?? '0.1.0',
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      checks: { postgres, redis },
      ...(queues ? { queues } : {}),
      ...(outboxPending !== undefined ? { outboxPending } : {}),
    };
  }

  /** Sends a job through Redis to a worker and waits for it: tells whether any worker is alive. */
  async probeWorker(): Promise<WorkerProbeResponse> {
    const sentAt = Date.now();
    this.probeEvents ??= new QueueEvents(QueueName.System, {
      connection: createRedisConnection(this.config.REDIS_URL, 'worker'),
      prefix: this.config.QUEUE_PREFIX,
    });
    await this.probeEvents.waitUntilReady();
    const item = { queue: QueueName.System, name: JobName.Probe, data: { sentAt } } as const;
    const job = await this.systemQueue.add(item.name, item.data, { jobId: jobIdFor(item) });
    try {
      await job.waitUntilFinished(this.probeEvents, PROBE_TIMEOUT_MS);
      return { status: 'ok', roundTripMs: Date.now() - sentAt };
    } catch {
      await job.remove().catch(() => undefined);
      return { status: 'timeout', roundTripMs: null };
    }
  }

  private async queueDepths(): Promise<QueueHealth[]> {
    return Promise.all(
      [this.parseQueue, this.systemQueue].map(async (queue) => {
        const [counts, completed, failed] = await withTimeout(
          Promise.all([
            queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'),
            queue.getMetrics('completed', 0, HOUR_MINUTES - 1),
            queue.getMetrics('failed', 0, HOUR_MINUTES - 1),
          ]),
          CHECK_TIMEOUT_MS,
          'Redis',
        );
        return {
          name: queue.name,
          waiting: counts['waiting'] ?? 0,
          active: counts['active'] ?? 0,
          delayed: counts['delayed'] ?? 0,
          failed: counts['failed'] ?? 0,
          completed: counts['completed'] ?? 0,
          lastHour: { completed: lastHour(completed), failed: lastHour(failed) },
        };
      }),
    );
  }

  private async measure(check: () => Promise<unknown>): Promise<DependencyHealth> {
    const start = Date.now();
    try {
      await withTimeout(check(), CHECK_TIMEOUT_MS, 'The service');
      return { status: 'up', latencyMs: Date.now() - start };
    } catch (error) {
      return { status: 'down', latencyMs: null, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.probeEvents?.close();
    this.redis.disconnect();
  }
}
