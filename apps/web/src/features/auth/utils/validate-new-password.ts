import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@app/contracts';

export interface NewPasswordErrors {
  password?: string;
  confirm?: string;
}

/** The API's password rules, checked before sending. */
export function validateNewPassword(password: string, confirm: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (!password) errors.password = 'Enter a new password';
  else if (password.length < PASSWORD_MIN_LENGTH)
    errors.password = `Password must be ${PASSWORD_MIN_LENGTH} characters or more`;
  else if (password.length > PASSWORD_MAX_LENGTH)
    errors.password = `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  if (!errors.password && confirm !== password) errors.confirm = 'The passwords do not match';
  return errors;
}
