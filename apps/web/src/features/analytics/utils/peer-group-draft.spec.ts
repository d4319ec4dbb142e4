import { describe, expect, it } from 'vitest';
import { peerGroupDraft, peerGroupFromDraft } from './peer-group-draft';

describe('peer group draft', () => {
  it('shows no filter as the empty choice and reads it back as no filter', () => {
    expect(peerGroupDraft({})).toEqual({ landlordType: '', region: '', sizeBand: '' });
    expect(peerGroupFromDraft({ landlordType: '', region: '', sizeBand: '' })).toEqual({
      landlordType: undefined,
      region: undefined,
      sizeBand: undefined,
    });
  });

  it('round-trips a chosen peer group', () => {
    const group = { landlordType: 'almo', region: 'London', sizeBand: '1000_9999' } as const;
    expect(peerGroupFromDraft(peerGroupDraft(group))).toEqual(group);
  });
});
