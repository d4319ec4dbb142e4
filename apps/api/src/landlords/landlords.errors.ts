import { HttpStatus } from '@nestjs/common';
import { errorCatalogue } from '../common/coded-error';

/** Errors of the landlord registry. Codes are sent over the wire: never rename one. */
export enum LandlordErrorCode {
  NotFound = 'not_found',
  Exists = 'landlord_exists',
  HasSubmissions = 'landlord_has_submissions',
  HasUsers = 'landlord_has_users',
  MergeIntoSelf = 'merge_into_self',
  AlreadyMerged = 'already_merged',
  ImportInvalid = 'import_invalid',
  UnsupportedMediaType = 'unsupported_media_type',
}

const STATUS: Record<LandlordErrorCode, HttpStatus> = {
  [LandlordErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [LandlordErrorCode.Exists]: HttpStatus.CONFLICT,
  [LandlordErrorCode.HasSubmissions]: HttpStatus.CONFLICT,
  [LandlordErrorCode.HasUsers]: HttpStatus.CONFLICT,
  [LandlordErrorCode.MergeIntoSelf]: HttpStatus.BAD_REQUEST,
  [LandlordErrorCode.AlreadyMerged]: HttpStatus.CONFLICT,
  [LandlordErrorCode.ImportInvalid]: HttpStatus.UNPROCESSABLE_ENTITY,
  [LandlordErrorCode.UnsupportedMediaType]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
};

/** `landlordError(Code.X, 'what to do')`: the exception for that code, with its status. */
export const landlordError = errorCatalogue(STATUS);

export const landlordNotFound = () =>
  landlordError(LandlordErrorCode.NotFound, 'That landlord was not found. Check the link, or go back to the registry.');
