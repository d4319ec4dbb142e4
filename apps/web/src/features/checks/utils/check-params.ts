import { CHECK_KINDS, type CheckQuery, CONSISTENCY_FLAGS, FLAG_REVIEW_STATES } from '@app/contracts';
import { ParamReader } from '@web/features/analytics/utils/url-params';

/** The check queue's filters as the address holds them. */
export function readCheckParams(params: URLSearchParams): { query: CheckQuery; reader: ParamReader } {
  const read = new ParamReader(params);
  const landlordId = read.text('landlordId');
  return {
    reader: read,
    query: {
      kind: read.oneOf('kind', CHECK_KINDS, 'flag or low_confidence'),
      flag: read.oneOf('flag', CONSISTENCY_FLAGS, 'a flag such as no_evidence'),
      provision: read.provision('provision'),
      landlordId: landlordId && /^[0-9a-f-]{36}$/i.test(landlordId) ? landlordId : undefined,
      year: read.year(),
      state: read.oneOf('state', FLAG_REVIEW_STATES, 'open, confirmed or dismissed'),
      page: read.page(),
    },
  };
}
