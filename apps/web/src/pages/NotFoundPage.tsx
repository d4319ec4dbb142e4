import { Link } from 'react-router';
import { homePathFor } from '@web/app/navigation';
import { useSession } from '@web/features/auth/hooks/useSession';
import { usePageTitle } from '@web/lib/usePageTitle';

export function NotFoundPage() {
  usePageTitle('Page not found');
  const { data: user } = useSession();
  const landlordView = !user || user.role === 'landlord';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
        <p className="govuk-body">
          {landlordView ? (
            <>
              You can{' '}
              <Link className="govuk-link" to="/submissions">
                see your submissions
              </Link>{' '}
              or{' '}
              <Link className="govuk-link" to="/upload">
                upload a self-assessment
              </Link>
              .
            </>
          ) : (
            <>
              You can go to the{' '}
              <Link className="govuk-link" to={homePathFor(user.role)}>
                sector overview
              </Link>{' '}
              or{' '}
              <Link className="govuk-link" to="/landlords">
                find a landlord
              </Link>
              .
            </>
          )}
        </p>
      </div>
    </div>
  );
}
