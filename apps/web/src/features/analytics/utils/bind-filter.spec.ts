import { describe, expect, it, vi } from 'vitest';
import { bindFilter } from './bind-filter';

interface Query {
  status?: string;
  year?: number;
}

describe('bindFilter', () => {
  it('shows a missing value as the "any" choice and a chosen one as its text', () => {
    const filter = bindFilter<Query>({ year: 2024 }, () => {});
    expect(filter('status').value).toBe('');
    expect(filter('year', { parse: Number }).value).toBe('2024');
  });

  it('gives the choice back as the query value, parsed where asked, and "any" as undefined', () => {
    const onChange = vi.fn();
    const filter = bindFilter<Query>({}, onChange);
    filter('year', { parse: Number }).onChange('2023');
    filter('status').onChange('yes');
    filter('status').onChange('');
    expect(onChange.mock.calls).toEqual([[{ year: 2023 }], [{ status: 'yes' }], [{ status: undefined }]]);
  });

  it('shows the fallback choice when the query has none, and clears the value when it is chosen', () => {
    const onChange = vi.fn();
    const filter = bindFilter<Query>({}, onChange);
    expect(filter('status', { fallback: 'open' }).value).toBe('open');
    filter('status', { fallback: 'open' }).onChange('open');
    filter('status', { fallback: 'open' }).onChange('closed');
    expect(onChange.mock.calls).toEqual([[{ status: undefined }], [{ status: 'closed' }]]);
  });
});
