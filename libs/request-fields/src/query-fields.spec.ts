import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { OptionalOneOf, OptionalPageSize, OptionalYear } from './query-fields';

class Composed {
  @OptionalYear()
  year?: number;

  @OptionalOneOf(['a', 'b'])
  kind?: string;

  @OptionalPageSize(100, 25)
  pageSize?: number;
}

class Stacked {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @IsOptional()
  @IsIn(['a', 'b'])
  kind?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

function failures(cls: new () => object, query: Record<string, string | undefined>) {
  return validateSync(plainToInstance(cls, query)).map((e) => [e.property, Object.values(e.constraints ?? {})]);
}

describe('query fields', () => {
  it.each([
    { year: 'abc', kind: 'c', pageSize: '0' },
    { year: '1999.5' },
    { year: '2101', pageSize: '101' },
    { pageSize: '2.5', kind: '' },
  ])('fail as the decorators they stand for do, in the same order: %o', (query) => {
    const composed = failures(Composed, query);
    expect(composed.length).toBeGreaterThan(0);
    expect(composed).toEqual(failures(Stacked, query));
  });

  it('convert and accept what the stacked decorators accept', () => {
    const query = { year: '2024', kind: 'b', pageSize: '100' };
    expect(failures(Composed, query)).toEqual([]);
    expect(plainToInstance(Composed, query)).toEqual(plainToInstance(Stacked, query));
    expect(plainToInstance(Composed, query).year).toBe(2024);
  });
});
