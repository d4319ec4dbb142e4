import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isServerPage, safeReturnPath } from '@web/app/navigation';
import { Loading } from '@web/components/Loading';
import { SignInForm } from '@web/features/auth/components/SignInForm';
import { useSession } from '@web/features/auth/hooks/useSession';
import { usePageTitle } from '@web/lib/usePageTitle';

export function SignInPage() {
  usePageTitle('Sign in');
  const session = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeReturnPath(params.get('next'));
  // The queue board is the API's own page: the dashboard's router would not find it.
  const serverPage = isServerPage(next);
  const signedIn = Boolean(session.data);
  useEffect(() => {
    if (signedIn && serverPage) window.location.replace(next);
  }, [signedIn, serverPage, next]);

  if (session.isPending) return <Loading />;
  if (session.data) return serverPage ? <Loading /> : <Navigate to={next} replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in to use the Complaint Handling Code monitor.</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            Landlords upload their self-assessment, check how it was read and compare their answers with their
            peers.
          </li>
          <li>
            Ombudsman analysts compare landlords across the sector, follow each provision over the years and
            export reports.
          </li>
        </ul>
        {/* A server page is opened by the effect above once the session is known. */}
        <SignInForm onSignedIn={() => (serverPage ? undefined : void navigate(next, { replace: true }))} />
        <p className="govuk-body">
          If you do not have an account or have forgotten your password, ask your account administrator.
        </p>
      </div>
    </div>
  );
}
