import { describe, expect, it } from 'vitest';
import { peerGroupOf, readPeerGroup } from './peer-group';
import { ParamReader } from './url-params';

describe('readPeerGroup', () => {
  it('reads the three peer filters and collects values off the lists', () => {
    const read = new ParamReader(new URLSearchParams('landlordType=almo&region=London&sizeBand=huge'));
    expect(readPeerGroup(read)).toEqual({ landlordType: 'almo', region: 'London', sizeBand: undefined });
    expect(read.invalid).toEqual([{ name: 'sizeBand', value: 'huge', expected: 'a size band' }]);
  });
});

describe('peerGroupOf', () => {
  it('keeps only the peer group, in address order', () => {
    const group = peerGroupOf({ sizeBand: 'under_1000', region: 'North West', year: 2024 } as never);
    expect(Object.keys(group)).toEqual(['landlordType', 'region', 'sizeBand']);
    expect(group).toEqual({ landlordType: undefined, region: 'North West', sizeBand: 'under_1000' });
  });
});
