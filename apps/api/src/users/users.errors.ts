import { HttpStatus } from '@nestjs/common';
import { type CodeOf, errorCatalogue } from '../common/coded-error';

/** Errors of account administration. Codes are sent over the wire: never rename one. */
const catalogue = errorCatalogue({
  NotFound: ['not_found', HttpStatus.NOT_FOUND],
  EmailTaken: ['email_taken', HttpStatus.CONFLICT],
  LandlordNotAllowed: ['landlord_not_allowed', HttpStatus.BAD_REQUEST],
  LandlordRequired: ['landlord_required', HttpStatus.BAD_REQUEST],
  UnknownLandlord: ['unknown_landlord', HttpStatus.BAD_REQUEST],
  OwnAccount: ['own_account', HttpStatus.CONFLICT],
  AccountDisabled: ['account_disabled', HttpStatus.CONFLICT],
});

export const UserErrorCode = catalogue.codes;
export type UserErrorCode = CodeOf<typeof UserErrorCode>;

/** `userError(Code.X, 'what to do')`: the exception for that code, with its status. */
export const userError = catalogue.error;

export const userNotFound = () => userError(UserErrorCode.NotFound, 'There is no such user. Go back to the list of users.');

export const landlordNotAllowed = (role: string) =>
  userError(UserErrorCode.LandlordNotAllowed, `A ${role} account cannot belong to a landlord. Leave landlordId out.`);
