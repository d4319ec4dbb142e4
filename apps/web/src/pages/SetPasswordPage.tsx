import { Link, useSearchParams } from 'react-router';
import { SetPasswordForm } from '@web/features/auth/components/SetPasswordForm';
import { usePageTitle } from '@web/lib/usePageTitle';

/** Opened from the one-time link an administrator sends: /set-password?token=… */
export function SetPasswordPage() {
  usePageTitle('Set your password');
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Set your password</h1>
        {token ? (
          <SetPasswordForm token={token} />
        ) : (
          <p className="govuk-body">
            This link is not complete. Open the whole link from your email, or ask your account administrator
            for a new one. If you already have a password, <Link to="/sign-in">sign in</Link>.
          </p>
        )}
      </div>
    </div>
  );
}
