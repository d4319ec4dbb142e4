import { HttpException, HttpStatus } from '@nestjs/common';
import { type CodeOf, errorCatalogue } from '../common/coded-error';

/** Errors of the submissions feature: a stable code and a message saying what to do (rendered by AllExceptionsFilter). */
const catalogue = errorCatalogue({
  NotFound: ['submission_not_found', HttpStatus.NOT_FOUND],
  AnswerNotFound: ['answer_not_found', HttpStatus.NOT_FOUND],
  FileMissing: ['file_missing', HttpStatus.BAD_REQUEST],
  EmptyFile: ['empty_file', HttpStatus.BAD_REQUEST],
  FileTooLarge: ['file_too_large', HttpStatus.PAYLOAD_TOO_LARGE],
  UnsupportedFormat: ['unsupported_format', HttpStatus.UNSUPPORTED_MEDIA_TYPE],
  DocumentEncrypted: ['document_encrypted', HttpStatus.UNPROCESSABLE_ENTITY],
  UnknownLandlord: ['unknown_landlord', HttpStatus.BAD_REQUEST],
  Confirmed: ['submission_confirmed', HttpStatus.CONFLICT],
  NotParsed: ['submission_not_parsed', HttpStatus.CONFLICT],
  NotReady: ['submission_not_ready', HttpStatus.CONFLICT],
  Superseded: ['submission_superseded', HttpStatus.CONFLICT],
  NeedsLandlordAndYear: ['submission_needs_landlord_and_year', HttpStatus.CONFLICT],
  NoReparseDiff: ['no_reparse_diff', HttpStatus.NOT_FOUND],
  NothingToChange: ['nothing_to_change', HttpStatus.BAD_REQUEST],
  LandlordChangeForbidden: ['landlord_change_forbidden', HttpStatus.FORBIDDEN],
});

export const SubmissionErrorCode = catalogue.codes;
export type SubmissionErrorCode = CodeOf<typeof SubmissionErrorCode>;

export class SubmissionError extends HttpException {
  constructor(
    readonly code: SubmissionErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super({ code, message, ...(details ? { details } : {}) }, catalogue.statusOf(code));
  }
}

export const submissionNotFound = () =>
  new SubmissionError(
    SubmissionErrorCode.NotFound,
    'There is no submission with that id that you can see. Check the link, or find it in the submissions list.',
  );
