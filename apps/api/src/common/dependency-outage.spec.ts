import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { dependencyOutage } from './dependency-outage';

describe('dependencyOutage', () => {
  it('answers 503 database_unavailable when PostgreSQL is down or its connection was cut', () => {
    const terminated = new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }));
    for (const error of [
      terminated,
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection terminated unexpectedly'),
    ]) {
      expect(dependencyOutage(error)).toMatchObject({ statusCode: 503, code: 'database_unavailable' });
    }
  });

  it('leaves every other error alone', () => {
    expect(dependencyOutage(new Error('boom'))).toBeNull();
    expect(dependencyOutage(new QueryFailedError('x', [], Object.assign(new Error('duplicate'), { code: '23505' })))).toBeNull();
  });
});
