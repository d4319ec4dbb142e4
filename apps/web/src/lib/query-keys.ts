import type {
  CheckQuery,
  CodeVersionValue,
  MatrixQuery,
  ProvisionIndexQuery,
  SearchQuery,
  TrendLandlordsQuery,
  TrendQuery,
} from '@app/contracts';

/** Every TanStack Query key the dashboard uses, in one place so invalidation stays consistent. */
export interface SubmissionListFilters {
  landlordId?: string;
  year?: number;
  status?: string;
  page?: number;
}

export const queryKeys = {
  session: ['session'] as const,
  landlords: ['landlords'] as const,
  submissions: {
    all: ['submissions'] as const,
    lists: () => [...queryKeys.submissions.all, 'list'] as const,
    list: (filters: SubmissionListFilters) => [...queryKeys.submissions.lists(), filters] as const,
    detail: (id: string) => [...queryKeys.submissions.all, 'detail', id] as const,
    file: (id: string) => [...queryKeys.submissions.all, 'file', id] as const,
  },
  analytics: {
    all: ['analytics'] as const,
    overview: (year: number | undefined) =>
      [...queryKeys.analytics.all, 'overview', year ?? 'latest'] as const,
    provisionIndex: (query: ProvisionIndexQuery) =>
      [...queryKeys.analytics.all, 'provision-index', query] as const,
    matrix: (query: MatrixQuery) => [...queryKeys.analytics.all, 'matrix', query] as const,
    trend: (provision: string, query: TrendQuery) =>
      [...queryKeys.analytics.all, 'trend', provision, query] as const,
    trendLandlords: (provision: string, query: TrendLandlordsQuery) =>
      [...queryKeys.analytics.all, 'trend-landlords', provision, query] as const,
    profile: (landlordId: string) => [...queryKeys.analytics.all, 'profile', landlordId] as const,
  },
  search: {
    all: ['search'] as const,
    results: (query: SearchQuery) => [...queryKeys.search.all, 'results', query] as const,
  },
  checks: {
    all: ['checks'] as const,
    list: (query: CheckQuery) => [...queryKeys.checks.all, 'list', query] as const,
  },
  codes: {
    provisions: (version: CodeVersionValue) => ['codes', 'provisions', version] as const,
    crosswalk: ['codes', 'crosswalk'] as const,
    versions: ['codes', 'versions'] as const,
  },
};
