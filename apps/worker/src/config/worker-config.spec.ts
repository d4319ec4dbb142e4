import { EnvError } from '@app/config';
import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './worker-config';

describe('loadWorkerConfig', () => {
  it('reads the worker variables with their defaults', () => {
    expect(loadWorkerConfig({ PARSE_MAX_MEMORY_MB: '512' })).toMatchObject({ PARSE_MAX_MEMORY_MB: 512, SWEEP_INTERVAL_MS: 30_000 });
  });

  it('refuses a memory ceiling below the minimum, naming the variable', () => {
    expect(() => loadWorkerConfig({ PARSE_MAX_MEMORY_MB: '64' })).toThrow(
      'PARSE_MAX_MEMORY_MB="64" is invalid: expected a whole number from 128 to 16384.',
    );
  });

  it('refuses the test-only commit delay in production', () => {
    expect(() => loadWorkerConfig({ NODE_ENV: 'production', TEST_PARSE_COMMIT_DELAY_MS: '100' })).toThrow(EnvError);
    expect(loadWorkerConfig({ NODE_ENV: 'test', TEST_PARSE_COMMIT_DELAY_MS: '100' }).TEST_PARSE_COMMIT_DELAY_MS).toBe(100);
  });
});
