import { useNavigate } from 'react-router';
import { useSignOut } from '../hooks/useSignOut';

export function SignOutButton() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary"
      data-module="govuk-button"
      disabled={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
    >
      Sign out
    </button>
  );
}
