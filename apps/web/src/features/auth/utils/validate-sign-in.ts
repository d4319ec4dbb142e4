export interface SignInFieldErrors {
  email?: string;
  password?: string;
}

/** The checks made before asking the API, with GOV.UK-style messages. */
export function validateSignIn(email: string, password: string): SignInFieldErrors {
  const errors: SignInFieldErrors = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = 'Enter your email address';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed))
    errors.email = 'Enter an email address in the correct format, like name@example.com';
  if (!password) errors.password = 'Enter your password';
  return errors;
}
