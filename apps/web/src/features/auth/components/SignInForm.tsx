import { type FormEvent, useState } from 'react';
import { ErrorSummary, type ErrorSummaryItem } from '@web/components/ErrorSummary';
import { isApiError } from '@web/lib/api-error';
import { useSignIn } from '../hooks/useSignIn';
import { type SignInFieldErrors, validateSignIn } from '../utils/validate-sign-in';
import { TextField } from '@web/components/TextField';

interface Props {
  onSignedIn: () => void;
}

function signInFailure(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Try again.';
  if (error.statusCode === 401)
    return 'The email address or password is not right. Check them and try again.';
  if (error.statusCode === 429) return 'Too many attempts to sign in. Wait a few minutes, then try again.';
  return error.message;
}

export function SignInForm({ onSignedIn }: Props) {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<SignInFieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validateSignIn(email, password);
    setFieldErrors(errors);
    if (errors.email || errors.password) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  const summary: ErrorSummaryItem[] = [];
  if (fieldErrors.email) summary.push({ href: '#email', text: fieldErrors.email });
  if (fieldErrors.password) summary.push({ href: '#password', text: fieldErrors.password });
  if (signIn.isError) summary.push({ href: '#email', text: signInFailure(signIn.error) });

  return (
    <>
      <ErrorSummary errors={summary} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="email"
          label="Email address"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={fieldErrors.email}
        />
        <TextField
          id="password"
          label="Password"
          inputClassName="govuk-!-width-two-thirds"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </>
  );
}
