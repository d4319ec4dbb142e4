import type { LandlordType, SizeBand } from '@app/contracts';
import type { PeerGroup } from './peer-group';

/** A view's peer group as chosen in a filter form: each select's value, '' for "all". */
export interface PeerGroupDraft {
  landlordType: string;
  region: string;
  sizeBand: string;
}

export function peerGroupDraft(group: PeerGroup): PeerGroupDraft {
  return {
    landlordType: group.landlordType ?? '',
    region: group.region ?? '',
    sizeBand: group.sizeBand ?? '',
  };
}

/** The selects' values back as filters; the options come from the same lists, so the casts hold. */
export function peerGroupFromDraft(draft: PeerGroupDraft): PeerGroup {
  return {
    landlordType: (draft.landlordType || undefined) as LandlordType | undefined,
    region: draft.region || undefined,
    sizeBand: (draft.sizeBand || undefined) as SizeBand | undefined,
  };
}
