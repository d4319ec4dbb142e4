import type { UserRole } from '@app/contracts';
import { Outlet } from 'react-router';
import { Loading } from '@web/components/Loading';
import { useSession } from '@web/features/auth/hooks/useSession';
import { NotFoundPage } from '@web/pages/NotFoundPage';

/** Pages below this are for the listed roles; others get "page not found", as the API answers for data they may not see. */
export function RequireRole({ roles }: { roles: readonly UserRole[] }) {
  const session = useSession();
  if (!session.data) return <Loading />;
  return roles.includes(session.data.role) ? <Outlet /> : <NotFoundPage />;
}
