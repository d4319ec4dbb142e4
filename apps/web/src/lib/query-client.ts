import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { queryKeys } from './query-keys';

/** When any call finds the session gone, the app forgets the user so the sign-in page shows. */
function onError(client: () => QueryClient) {
  return (error: unknown) => {
    if (isApiError(error) && error.statusCode === 401) client().setQueryData(queryKeys.session, null);
  };
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onError(() => client) }),
    mutationCache: new MutationCache({ onError: onError(() => client) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (not found, forbidden) will not change on retry.
        retry: (failures, error) =>
          !(isApiError(error) && error.statusCode >= 400 && error.statusCode < 500) && failures < 2,
      },
    },
  });
  return client;
}
