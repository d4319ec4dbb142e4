import { describe, expect, it } from 'vitest';
import { readSearchParams, searchQueryParams } from './search-params';

describe('search parameters', () => {
  it('reads a search from the address and writes it back unchanged', () => {
    const address = 'q=extension&provision=6.3&status=no&year=2024&flag=no_without_plan&all=true&page=2';
    const { query, reader } = readSearchParams(new URLSearchParams(address));
    expect(reader.invalid).toEqual([]);
    expect(query).toMatchObject({
      q: 'extension',
      provision: '6.3',
      status: 'no',
      year: 2024,
      flag: 'no_without_plan',
      all: true,
      page: 2,
    });
    expect(new URLSearchParams(searchQueryParams(query)).toString()).toBe(
      'q=extension&provision=6.3&status=no&year=2024&flag=no_without_plan&all=true&page=2',
    );
  });

  it('says which values it could not use', () => {
    const { query, reader } = readSearchParams(new URLSearchParams('q=x&flag=nonsense&provision=abc'));
    expect(query.flag).toBeUndefined();
    expect(reader.invalid.map((i) => i.name)).toEqual(['provision', 'flag']);
  });
});
