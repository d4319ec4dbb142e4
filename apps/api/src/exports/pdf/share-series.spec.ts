import { describe, expect, it } from 'vitest';
import { percent, shareSeries } from './share-series';

const counts = (yes: number, partial: number, no: number) => ({
  yes,
  partial,
  no,
  na: 3,
  missing: 1,
  unknown: 2,
});

describe('shareSeries', () => {
  it('gives yes/partial/no as shares of the answered, by year, with caveat years marked', () => {
    const bars = shareSeries([
      { year: 2024, counts: counts(6, 2, 2) },
      { year: 2023, counts: counts(1, 1, 2), caveat: 'caveat' },
    ]);
    expect(bars).toEqual([
      { year: 2023, yes: 0.25, partial: 0.25, no: 0.5, answered: 4, caveat: true },
      { year: 2024, yes: 0.6, partial: 0.2, no: 0.2, answered: 10, caveat: false },
    ]);
  });

  it('draws an empty bar, not a division by zero, when nobody answered', () => {
    expect(shareSeries([{ year: 2022, counts: counts(0, 0, 0) }])[0]).toMatchObject({
      yes: 0,
      partial: 0,
      no: 0,
      answered: 0,
    });
  });

  it('formats rates as whole percentages, and a missing rate as [x]', () => {
    expect(percent(0.456)).toBe('46%');
    expect(percent(null)).toBe('[x]');
  });
});
