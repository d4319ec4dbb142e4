import type { LoginRequest } from '@app/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@web/lib/query-keys';
import { signIn } from '../api/auth-api';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: LoginRequest) => signIn(request),
    onSuccess: (user) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.session[0] });
      client.setQueryData(queryKeys.session, user);
    },
  });
}
