import { describe, expect, it } from 'vitest';
import { checkYear } from './validate-year';

const now = new Date('2025-06-01T00:00:00Z');

describe('checkYear', () => {
  it('allows a blank year', () => {
    expect(checkYear('  ', now)).toEqual({ year: undefined });
  });

  it('reads a year in range', () => {
    expect(checkYear(' 2024 ', now)).toEqual({ year: 2024 });
    expect(checkYear('2026', now)).toEqual({ year: 2026 });
  });

  it('rejects words, short numbers and years out of range', () => {
    expect(checkYear('24', now).error).toMatch(/4-digit/);
    expect(checkYear('twenty', now).error).toMatch(/4-digit/);
    expect(checkYear('2018', now).error).toMatch(/between 2019 and 2026/);
    expect(checkYear('2027', now).error).toMatch(/between/);
  });
});
