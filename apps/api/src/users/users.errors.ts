import { HttpStatus } from '@nestjs/common';
import { errorCatalogue } from '../common/coded-error';

/** Errors of account administration. Codes are sent over the wire: never rename one. */
export enum UserErrorCode {
  NotFound = 'not_found',
  EmailTaken = 'email_taken',
  LandlordNotAllowed = 'landlord_not_allowed',
  LandlordRequired = 'landlord_required',
  UnknownLandlord = 'unknown_landlord',
  OwnAccount = 'own_account',
  AccountDisabled = 'account_disabled',
}

const STATUS: Record<UserErrorCode, HttpStatus> = {
  [UserErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [UserErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [UserErrorCode.LandlordNotAllowed]: HttpStatus.BAD_REQUEST,
  [UserErrorCode.LandlordRequired]: HttpStatus.BAD_REQUEST,
  [UserErrorCode.UnknownLandlord]: HttpStatus.BAD_REQUEST,
  [UserErrorCode.OwnAccount]: HttpStatus.CONFLICT,
  [UserErrorCode.AccountDisabled]: HttpStatus.CONFLICT,
};

/** `userError(Code.X, 'what to do')`: the exception for that code, with its status. */
export const userError = errorCatalogue(STATUS);

export const userNotFound = () => userError(UserErrorCode.NotFound, 'There is no such user. Go back to the list of users.');

export const landlordNotAllowed = (role: string) =>
  userError(UserErrorCode.LandlordNotAllowed, `A ${role} account cannot belong to a landlord. Leave landlordId out.`);
