import { describe, expect, it } from 'vitest';
import { readCheckParams } from './check-params';

const LANDLORD = '3f0c6a51-2b7e-4c1d-9a8b-0e5f4d3c2b1a';

describe('readCheckParams', () => {
  it('reads every filter of the check queue from the address', () => {
    const { query, reader } = readCheckParams(
      new URLSearchParams(
        `kind=flag&flag=no_evidence&provision=6.3&landlordId=${LANDLORD}&year=2024&state=dismissed&page=2`,
      ),
    );
    expect(query).toEqual({
      kind: 'flag',
      flag: 'no_evidence',
      provision: '6.3',
      landlordId: LANDLORD,
      year: 2024,
      state: 'dismissed',
      page: 2,
    });
    expect(reader.invalid).toEqual([]);
  });

  it('names values it cannot use, the landlord too, instead of dropping them silently', () => {
    const { query, reader } = readCheckParams(new URLSearchParams('flag=odd&landlordId=lewisham'));
    expect(query.flag).toBeUndefined();
    expect(query.landlordId).toBeUndefined();
    expect(reader.invalid.map((p) => p.name).sort()).toEqual(['flag', 'landlordId']);
  });
});
