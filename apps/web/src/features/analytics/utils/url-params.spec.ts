import { describe, expect, it } from 'vitest';
import { ParamReader, writeParams } from './url-params';

describe('ParamReader', () => {
  it('reads valid values and reports the ones it ignores', () => {
    const reader = new ParamReader(new URLSearchParams('year=abcd&page=2&type=almo&bad=x&provision=6.3'));
    expect(reader.year()).toBeUndefined();
    expect(reader.page()).toBe(2);
    expect(reader.oneOf('type', ['almo', 'tmo'] as const, 'a landlord type')).toBe('almo');
    expect(reader.oneOf('bad', ['a'] as const, 'a or nothing')).toBeUndefined();
    expect(reader.provision('provision')).toBe('6.3');
    expect(reader.invalid).toEqual([
      { name: 'year', value: 'abcd', expected: 'a four-digit year such as 2024' },
      { name: 'bad', value: 'x', expected: 'a or nothing' },
    ]);
  });

  it('treats a missing page as the first and refuses page 0', () => {
    expect(new ParamReader(new URLSearchParams('')).page()).toBe(1);
    const reader = new ParamReader(new URLSearchParams('page=0'));
    expect(reader.page()).toBe(1);
    expect(reader.invalid).toHaveLength(1);
  });

  it('writes only set values', () => {
    expect(writeParams({ year: 2024, region: '', page: undefined, sort: 'name' }).toString()).toBe(
      'year=2024&sort=name',
    );
  });
});
