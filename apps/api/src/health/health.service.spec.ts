import { describe, expect, it } from 'vitest';
import { lastHour } from './health.service';

describe('lastHour', () => {
  it('adds the closed minutes of the last hour to the count since the last data point', () => {
    const now = Date.now();
    const metrics = { meta: { count: 30, prevTS: now - 20_000, prevCount: 27 }, data: [5, 0, 2, ...Array(100).fill(1)], count: 103 };
    // 3 pending + 5 + 0 + 2 + 56 ones (59 closed minutes in all)
    expect(lastHour(metrics)).toBe(3 + 7 + 56);
  });

  it('ignores a pending count from more than an hour ago', () => {
    const metrics = { meta: { count: 10, prevTS: Date.now() - 2 * 3_600_000, prevCount: 4 }, data: [], count: 0 };
    expect(lastHour(metrics)).toBe(0);
  });
});
