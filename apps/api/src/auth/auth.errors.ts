import { HttpStatus } from '@nestjs/common';
import { type CodeOf, errorCatalogue } from '../common/coded-error';

/** Errors of sign-in, sessions and access rules. Codes are sent over the wire: never rename one. */
const catalogue = errorCatalogue({
  Unauthenticated: ['unauthenticated', HttpStatus.UNAUTHORIZED],
  Forbidden: ['forbidden', HttpStatus.FORBIDDEN],
  CsrfTokenInvalid: ['csrf_token_invalid', HttpStatus.FORBIDDEN],
  AccessRuleMissing: ['access_rule_missing', HttpStatus.INTERNAL_SERVER_ERROR],
  InvalidCredentials: ['invalid_credentials', HttpStatus.UNAUTHORIZED],
  AccountDisabled: ['account_disabled', HttpStatus.FORBIDDEN],
  AccountLocked: ['account_locked', HttpStatus.LOCKED],
  CurrentPasswordWrong: ['current_password_wrong', HttpStatus.BAD_REQUEST],
  PasswordUnchanged: ['password_unchanged', HttpStatus.BAD_REQUEST],
  SetPasswordLinkInvalid: ['set_password_link_invalid', HttpStatus.BAD_REQUEST],
  TooManyRequests: ['too_many_requests', HttpStatus.TOO_MANY_REQUESTS],
  /** Another landlord's item: answered as missing so its existence does not leak. */
  NotFound: ['not_found', HttpStatus.NOT_FOUND],
});

export const AuthErrorCode = catalogue.codes;
export type AuthErrorCode = CodeOf<typeof AuthErrorCode>;

/** `authError(Code.X, 'what to do')`: the exception for that code, with its status. */
export const authError = catalogue.error;

export const unauthenticated = () => authError(AuthErrorCode.Unauthenticated, 'Sign in to continue.');

export const wrongCredentials = () =>
  authError(AuthErrorCode.InvalidCredentials, 'The email address or password is wrong. Check them and try again.');
