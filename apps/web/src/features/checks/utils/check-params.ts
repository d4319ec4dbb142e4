import { CHECK_KINDS, type CheckQuery, CONSISTENCY_FLAGS, FLAG_REVIEW_STATES } from '@app/contracts';
import { ParamReader } from '@web/features/analytics/utils/url-params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The check queue's filters as the address holds them. */
export function readCheckParams(params: URLSearchParams): { query: CheckQuery; reader: ParamReader } {
  const read = new ParamReader(params);
  const landlordId = read.text('landlordId');
  const validLandlord = landlordId !== undefined && UUID.test(landlordId);
  // A landlord id that cannot be one is named on the page, never silently dropped.
  if (landlordId !== undefined && !validLandlord)
    read.invalid.push({ name: 'landlordId', value: landlordId, expected: 'a landlord chosen from the list' });
  return {
    reader: read,
    query: {
      kind: read.oneOf('kind', CHECK_KINDS, 'flag or low_confidence'),
      flag: read.oneOf('flag', CONSISTENCY_FLAGS, 'a flag such as no_evidence'),
      provision: read.provision('provision'),
      landlordId: validLandlord ? landlordId : undefined,
      year: read.year(),
      state: read.oneOf('state', FLAG_REVIEW_STATES, 'open, confirmed or dismissed'),
      page: read.page(),
    },
  };
}
