import { LANDLORD_TYPES, type LandlordType, SIZE_BANDS, type SizeBand } from '@app/contracts';
import type { ParamReader } from './url-params';

/** The peer group every analytics view filters by: landlord type, region and size band. */
export interface PeerGroup {
  landlordType?: LandlordType;
  region?: string;
  sizeBand?: SizeBand;
}

/** The peer group as the address gives it; a value off the lists is collected as invalid. */
export function readPeerGroup(read: ParamReader): PeerGroup {
  return {
    landlordType: read.oneOf('landlordType', LANDLORD_TYPES, 'a landlord type'),
    region: read.text('region'),
    sizeBand: read.oneOf('sizeBand', SIZE_BANDS, 'a size band'),
  };
}

/** Only the peer group of a view, query or set of filters, in the order addresses write it. */
export function peerGroupOf(source: PeerGroup): PeerGroup {
  return { landlordType: source.landlordType, region: source.region, sizeBand: source.sizeBand };
}
