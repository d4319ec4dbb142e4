import type { ProvisionRate } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  nextSort,
  paramsFromProvisionIndexState,
  provisionIndexStateFromParams,
  sortProvisionRates,
} from './provision-index-view-state';

const item = (provision: string, rate: number | null): ProvisionRate => ({
  provision,
  title: `Title ${provision}`,
  section: Number(provision.split('.')[0]),
  counts: { yes: 0, no: 0, partial: 0, na: 0, missing: 0, unknown: 0 },
  nonCompliant: 0,
  answered: rate === null ? 0 : 10,
  rate,
});

describe('provision index view state', () => {
  it('reads year, peer filters and sort from the address and writes the same address back', () => {
    const params = new URLSearchParams(
      'year=2024&landlordType=local_authority&region=London&sizeBand=50000_plus&sort=rate',
    );
    const { state, invalid } = provisionIndexStateFromParams(params);
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      year: 2024,
      landlordType: 'local_authority',
      region: 'London',
      sizeBand: '50000_plus',
      sort: 'rate',
    });
    expect(paramsFromProvisionIndexState(state).toString()).toBe(params.toString());
  });

  it('names values it cannot use and keeps the defaults out of the address', () => {
    const { state, invalid } = provisionIndexStateFromParams(
      new URLSearchParams('year=abcd&sort=best&sizeBand=huge'),
    );
    expect(state).toEqual({ sort: 'number' });
    expect(invalid.map((i) => i.name)).toEqual(['year', 'sizeBand', 'sort']);
    expect(paramsFromProvisionIndexState(state).toString()).toBe('');
  });

  it('sorts by number part by part, or by rate either way with unanswered provisions last', () => {
    const items = [item('6.10', 0.2), item('6.3', 0.5), item('1.2', null), item('6.2', 0.2), item('2.1', 0)];
    expect(sortProvisionRates(items, 'number').map((i) => i.provision)).toEqual([
      '1.2',
      '2.1',
      '6.2',
      '6.3',
      '6.10',
    ]);
    expect(sortProvisionRates(items, 'rate').map((i) => i.provision)).toEqual([
      '6.3',
      '6.2',
      '6.10',
      '2.1',
      '1.2',
    ]);
    expect(sortProvisionRates(items, '-rate').map((i) => i.provision)).toEqual([
      '2.1',
      '6.2',
      '6.10',
      '6.3',
      '1.2',
    ]);
  });

  it('toggles the rate column between highest and lowest first and says so in aria-sort', () => {
    expect(nextSort('number', 'rate')).toBe('rate');
    expect(nextSort('rate', 'rate')).toBe('-rate');
    expect(nextSort('-rate', 'rate')).toBe('rate');
    expect(nextSort('rate', 'number')).toBe('number');
    expect(ariaSort('rate', 'rate')).toBe('descending');
    expect(ariaSort('-rate', 'rate')).toBe('ascending');
    expect(ariaSort('rate', 'number')).toBe('none');
    expect(ariaSort('number', 'number')).toBe('ascending');
  });
});
