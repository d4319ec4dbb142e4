import { Navigate } from 'react-router';
import { Loading } from '@web/components/Loading';
import { useSession } from '@web/features/auth/hooks/useSession';
import { homePathFor } from './navigation';

export function HomeRedirect() {
  const { data: user } = useSession();
  if (!user) return <Loading />;
  return <Navigate to={homePathFor(user.role)} replace />;
}
