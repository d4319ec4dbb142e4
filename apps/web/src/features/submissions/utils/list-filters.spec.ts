import { describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters } from './list-filters';

describe('list filters in the address', () => {
  it('reads what is set and ignores nonsense', () => {
    expect(filtersFromParams(new URLSearchParams('year=2024&status=parsed&page=2&landlordId=abc'))).toEqual({
      landlordId: 'abc',
      year: 2024,
      status: 'parsed',
      page: 2,
    });
    expect(filtersFromParams(new URLSearchParams('year=soon&page=-1'))).toEqual({
      landlordId: undefined,
      year: undefined,
      status: undefined,
      page: 1,
    });
  });

  it('round-trips and leaves out defaults', () => {
    expect(paramsFromFilters({ year: 2023, page: 1 }).toString()).toBe('year=2023');
    const filters = { landlordId: 'x', year: 2025, status: 'failed', page: 3 };
    expect(filtersFromParams(paramsFromFilters(filters))).toEqual(filters);
  });
});
