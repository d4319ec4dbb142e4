import { ANSWER_STATUSES, CONSISTENCY_FLAGS, type SearchQuery } from '@app/contracts';
import { ParamReader } from '@web/features/analytics/utils/url-params';
import { readPeerGroup } from '@web/features/analytics/utils/peer-group';

/** The search as the address holds it (so a search can be bookmarked and shared). */
export function readSearchParams(params: URLSearchParams): { query: SearchQuery; reader: ParamReader } {
  const read = new ParamReader(params);
  const query: SearchQuery = {
    q: read.text('q') ?? '',
    provision: read.provision('provision'),
    status: read.oneOf('status', ANSWER_STATUSES, 'an answer status such as yes or no'),
    year: read.year(),
    flag: read.oneOf('flag', CONSISTENCY_FLAGS, 'a flag such as no_evidence'),
    ...readPeerGroup(read),
    all: params.get('all') === 'true' ? true : undefined,
    page: read.page(),
  };
  return { query, reader: read };
}

/** Query-string values of a search (empty ones left out), for the address and the API. */
export function searchQueryParams(query: SearchQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (key === 'page' && value === 1) continue;
    out[key] = String(value);
  }
  return out;
}
