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
    expect(filter('year', Number).value).toBe('2024');
  });

  it('gives the choice back as the query value, parsed where asked, and "any" as undefined', () => {
    const onChange = vi.fn();
    const filter = bindFilter<Query>({}, onChange);
    filter('year', Number).onChange('2023');
    filter('status').onChange('yes');
    filter('status').onChange('');
    expect(onChange.mock.calls).toEqual([[{ year: 2023 }], [{ status: 'yes' }], [{ status: undefined }]]);
  });
});
