import { ASSESSMENT_YEAR_RANGE } from '@app/contracts';

/** A query-string value that could not be used, so the page can say so instead of silently ignoring it. */
export interface InvalidParam {
  name: string;
  value: string;
  /** What a valid value looks like, in words. */
  expected: string;
}

/** Reads typed values from the address, collecting every value it had to ignore. */
export class ParamReader {
  readonly invalid: InvalidParam[] = [];

  constructor(private readonly params: URLSearchParams) {}

  text(name: string): string | undefined {
    const value = this.params.get(name)?.trim();
    return value ? value : undefined;
  }

  integer(name: string, min: number, max: number, expected: string): number | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (/^\d+$/.test(raw) && value >= min && value <= max) return value;
    this.invalid.push({ name, value: raw, expected });
    return undefined;
  }

  year(name = 'year'): number | undefined {
    return this.integer(
      name,
      ASSESSMENT_YEAR_RANGE.min,
      ASSESSMENT_YEAR_RANGE.max,
      'a four-digit year such as 2024',
    );
  }

  page(name = 'page'): number {
    return this.integer(name, 1, 1_000_000, 'a page number') ?? 1;
  }

  oneOf<T extends string>(name: string, values: readonly T[], expected: string): T | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    if ((values as readonly string[]).includes(raw)) return raw as T;
    this.invalid.push({ name, value: raw, expected });
    return undefined;
  }

  /** A provision number as printed in the 2024 Code, e.g. 6.3 or 1.1. */
  provision(name: string): string | undefined {
    const raw = this.text(name);
    if (raw === undefined) return undefined;
    if (/^\d{1,2}\.\d{1,2}$/.test(raw)) return raw;
    this.invalid.push({ name, value: raw, expected: 'a provision number such as 6.3' });
    return undefined;
  }
}

/** Writes only the values that differ from their defaults, so addresses stay short and stable. */
export function writeParams(values: Record<string, string | number | undefined | null>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  return params;
}
