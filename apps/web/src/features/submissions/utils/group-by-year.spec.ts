import { describe, expect, it } from 'vitest';
import { formatDateTime, groupByYear } from './group-by-year';

const item = (id: string, assessmentYear: number | null, createdAt: string) => ({
  id,
  assessmentYear,
  createdAt,
});

describe('groupByYear', () => {
  it('puts the latest year first and unknown years last', () => {
    const groups = groupByYear([
      item('a', 2023, '2023-06-01T00:00:00Z'),
      item('b', null, '2025-01-01T00:00:00Z'),
      item('c', 2025, '2025-06-01T00:00:00Z'),
      item('d', 2023, '2024-01-01T00:00:00Z'),
    ]);
    expect(groups.map((group) => group.year)).toEqual([2025, 2023, null]);
    expect(groups[1]!.items.map((i) => i.id)).toEqual(['d', 'a']);
    expect(groups[2]!.heading).toBe('Year not known yet');
    expect(groups[0]!.heading).toBe('2025 self-assessment');
  });

  it('returns nothing for no submissions', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('formatDateTime', () => {
  it('uses UK time and a long date', () => {
    expect(formatDateTime('2025-06-03T13:05:00Z')).toBe('3 June 2025 at 14:05');
    expect(formatDateTime('2025-01-03T13:05:00Z')).toBe('3 January 2025 at 13:05');
  });
});
