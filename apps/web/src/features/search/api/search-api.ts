import type { SearchQuery, SearchResponse } from '@app/contracts';
import { apiRequest, apiUrl } from '@web/lib/api-client';
import { searchQueryParams } from '../utils/search-params';

export function fetchSearch(query: SearchQuery, signal?: AbortSignal) {
  return apiRequest<SearchResponse>('/search', { query: searchQueryParams(query), signal });
}

/** The same search as a CSV file (best first, up to 5,000 rows). */
export function searchCsvUrl(query: SearchQuery): string {
  const { page: _page, ...rest } = query;
  return apiUrl('/search/export.csv', searchQueryParams(rest));
}
