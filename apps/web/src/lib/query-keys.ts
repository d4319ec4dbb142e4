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
};
