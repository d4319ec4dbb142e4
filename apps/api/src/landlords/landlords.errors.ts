import { HttpStatus } from '@nestjs/common';
import { type CodeOf, errorCatalogue } from '../common/coded-error';

/** Errors of the landlord registry. Codes are sent over the wire: never rename one. */
const catalogue = errorCatalogue({
  NotFound: ['not_found', HttpStatus.NOT_FOUND],
  Exists: ['landlord_exists', HttpStatus.CONFLICT],
  HasSubmissions: ['landlord_has_submissions', HttpStatus.CONFLICT],
  HasUsers: ['landlord_has_users', HttpStatus.CONFLICT],
  MergeIntoSelf: ['merge_into_self', HttpStatus.BAD_REQUEST],
  AlreadyMerged: ['already_merged', HttpStatus.CONFLICT],
  ImportInvalid: ['import_invalid', HttpStatus.UNPROCESSABLE_ENTITY],
  UnsupportedMediaType: ['unsupported_media_type', HttpStatus.UNSUPPORTED_MEDIA_TYPE],
});

export const LandlordErrorCode = catalogue.codes;
export type LandlordErrorCode = CodeOf<typeof LandlordErrorCode>;

/** `landlordError(Code.X, 'what to do')`: the exception for that code, with its status. */
export const landlordError = catalogue.error;

export const landlordNotFound = () =>
  landlordError(LandlordErrorCode.NotFound, 'That landlord was not found. Check the link, or go back to the registry.');
