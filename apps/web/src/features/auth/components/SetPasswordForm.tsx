import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { PASSWORD_MIN_LENGTH } from '@app/contracts';
import { ErrorSummary, type ErrorSummaryItem } from '@web/components/ErrorSummary';
import { NotificationBanner } from '@web/components/NotificationBanner';
import { isApiError } from '@web/lib/api-error';
import { setPassword } from '../api/auth-api';
import { type NewPasswordErrors, validateNewPassword } from '../utils/validate-new-password';
import { TextField } from '@web/components/TextField';

/** Sets the password of an invited user (or after a reset), from a one-time link's token. */
export function SetPasswordForm({ token }: { token: string }) {
  const save = useMutation({ mutationFn: setPassword });
  const [password, setPasswordValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});

  if (save.isSuccess) {
    return (
      <NotificationBanner variant="success" heading="Your password has been set" focusOnMount>
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to="/sign-in">
            Sign in
          </Link>{' '}
          with your email address and new password.
        </p>
      </NotificationBanner>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateNewPassword(password, confirm);
    setErrors(found);
    if (!found.password && !found.confirm) save.mutate({ token, password });
  };

  const summary: ErrorSummaryItem[] = [];
  if (errors.password) summary.push({ href: '#new-password', text: errors.password });
  if (errors.confirm) summary.push({ href: '#confirm-password', text: errors.confirm });
  if (save.isError) {
    summary.push({
      href: '#new-password',
      text: isApiError(save.error) ? save.error.message : 'Your password could not be set. Try again.',
    });
  }
  const field = (
    id: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
    error?: string,
    hint?: string,
  ) => (
    <TextField
      id={id}
      label={label}
      inputClassName="govuk-!-width-two-thirds"
      type="password"
      autoComplete="new-password"
      value={value}
      onChange={onChange}
      hint={hint}
      error={error}
    />
  );

  return (
    <>
      <ErrorSummary errors={summary} />
      <form onSubmit={submit} noValidate>
        {field(
          'new-password',
          'New password',
          password,
          setPasswordValue,
          errors.password,
          `At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong password.`,
        )}
        {field('confirm-password', 'Type the new password again', confirm, setConfirm, errors.confirm)}
        <button type="submit" className="govuk-button" disabled={save.isPending}>
          Set password
        </button>
      </form>
    </>
  );
}
