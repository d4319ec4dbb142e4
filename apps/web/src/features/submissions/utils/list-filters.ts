import type { SubmissionListFilters } from '@web/lib/query-keys';

/** Filters live in the address so a filtered list can be bookmarked and the back button works. */
export function filtersFromParams(params: URLSearchParams): SubmissionListFilters {
  const year = Number(params.get('year'));
  const page = Number(params.get('page'));
  return {
    landlordId: params.get('landlordId') || undefined,
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    status: params.get('status') || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function paramsFromFilters(filters: SubmissionListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.landlordId) params.set('landlordId', filters.landlordId);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.status) params.set('status', filters.status);
  if (filters.page && filters.page > 1) params.set('page', String(filters.page));
  return params;
}
