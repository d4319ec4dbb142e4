export type DependencyState = 'up' | 'down';

export interface DependencyHealth {
  status: DependencyState;
  latencyMs: number | null;
  error?: string;
}

export interface QueueHealth {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  /** Jobs that finished in roughly the last hour (per-minute metrics kept by the workers). */
  lastHour?: { completed: number; failed: number };
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  checks: {
    postgres: DependencyHealth;
    redis: DependencyHealth;
  };
  queues?: QueueHealth[];
  /** Parse requests accepted but not yet handed to the queue (they wait in the database while Redis is down). */
  outboxPending?: number;
  /** Submissions the stuck-submission sweeper found with no live job: queued again, or failed (all time, per Redis). */
  rescues?: { requeued: number; failed: number; lastAt: string | null };
}

export interface WorkerProbeResponse {
  status: 'ok' | 'timeout';
  roundTripMs: number | null;
}
