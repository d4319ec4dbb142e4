import { describe, expect, it } from 'vitest';
import { matrixQuery, matrixStateFromParams, paramsFromMatrixState, withFilters } from './matrix-view-state';

describe('matrix view state', () => {
  it('round-trips every filter, the sort, the page and the selected cell through the address', () => {
    const address =
      'year=2024&landlordType=housing_association&region=London&sizeBand=1000_9999&section=6&status=no&sort=-nonCompliant&page=3&cell=abc_6.3';
    const { state, invalid } = matrixStateFromParams(new URLSearchParams(address));
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      year: 2024,
      landlordType: 'housing_association',
      region: 'London',
      sizeBand: '1000_9999',
      section: 6,
      status: 'no',
      sort: '-nonCompliant',
      page: 3,
      cell: { landlordId: 'abc', provision: '6.3' },
    });
    expect(paramsFromMatrixState(state).toString()).toBe(address);
  });

  it('defaults to name order on the first page and keeps the address short', () => {
    const { state } = matrixStateFromParams(new URLSearchParams(''));
    expect(state).toMatchObject({ sort: 'name', page: 1 });
    expect(paramsFromMatrixState(state).toString()).toBe('');
  });

  it('reports values it cannot use', () => {
    const { state, invalid } = matrixStateFromParams(
      new URLSearchParams('year=abcd&section=12&landlordType=castle&cell=x'),
    );
    expect(state.year).toBeUndefined();
    expect(invalid.map((item) => item.name)).toEqual(['cell', 'year', 'landlordType', 'section']);
  });

  it('returns to the first page and closes the answer when a filter changes', () => {
    const { state } = matrixStateFromParams(new URLSearchParams('page=4&cell=a_1.1'));
    expect(withFilters(state, { region: 'London' })).toMatchObject({
      page: 1,
      cell: undefined,
      region: 'London',
    });
  });

  it('asks the API for one page of rows', () => {
    const { state } = matrixStateFromParams(new URLSearchParams('page=2&status=partial'));
    expect(matrixQuery(state, 2023)).toMatchObject({
      year: 2023,
      page: 2,
      pageSize: 50,
      status: 'partial',
      sort: 'name',
    });
  });
});
