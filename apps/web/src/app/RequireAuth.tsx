import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorMessage } from '@web/components/ErrorMessage';
import { Loading } from '@web/components/Loading';
import { useSession } from '@web/features/auth/hooks/useSession';

/** Pages below this need a session; without one the sign-in page opens and returns here afterwards. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading text="Checking your sign-in…" />;
  if (session.isError) return <ErrorMessage error={session.error} action="check your sign-in" />;
  if (!session.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
