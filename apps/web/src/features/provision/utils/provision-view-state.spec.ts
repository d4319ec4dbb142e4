import { describe, expect, it } from 'vitest';
import {
  paramsFromProvisionState,
  provisionStateFromParams,
  trendLandlordsQuery,
  trendQuery,
} from './provision-view-state';

describe('provision view state', () => {
  it('round-trips the trend filters, split, selected year, listed answer and page', () => {
    const address =
      'from=2022&to=2024&groupBy=region&landlordType=almo&region=London&sizeBand=50000_plus&year=2023&answer=partial&page=2';
    const { state, invalid } = provisionStateFromParams(new URLSearchParams(address));
    expect(invalid).toEqual([]);
    expect(paramsFromProvisionState(state).toString()).toBe(address);
    expect(trendQuery(state)).toEqual({
      from: 2022,
      to: 2024,
      groupBy: 'region',
      landlordType: 'almo',
      region: 'London',
      sizeBand: '50000_plus',
    });
    expect(trendLandlordsQuery(state, 2023)).toEqual({
      year: 2023,
      status: 'partial',
      landlordType: 'almo',
      region: 'London',
      sizeBand: '50000_plus',
      page: 2,
      pageSize: 25,
    });
  });

  it('lists the landlords answering no by default, without a split', () => {
    const { state } = provisionStateFromParams(new URLSearchParams(''));
    expect(state).toMatchObject({ groupBy: 'none', answer: 'no', page: 1 });
    expect(paramsFromProvisionState(state).toString()).toBe('');
  });

  it('reports what it could not use', () => {
    const { invalid } = provisionStateFromParams(
      new URLSearchParams('from=twenty&groupBy=colour&answer=maybe'),
    );
    expect(invalid.map((item) => item.name)).toEqual(['from', 'groupBy', 'answer']);
  });
});
