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
}

export interface WorkerProbeResponse {
  status: 'ok' | 'timeout';
  roundTripMs: number | null;
}
