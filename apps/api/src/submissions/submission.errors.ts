import { HttpException, HttpStatus } from '@nestjs/common';

/** Errors of the submissions feature: a stable code and a message saying what to do (rendered by AllExceptionsFilter). */
export enum SubmissionErrorCode {
  NotFound = 'submission_not_found',
  AnswerNotFound = 'answer_not_found',
  FileMissing = 'file_missing',
  EmptyFile = 'empty_file',
  FileTooLarge = 'file_too_large',
  UnsupportedFormat = 'unsupported_format',
  UnknownLandlord = 'unknown_landlord',
  Confirmed = 'submission_confirmed',
  NotParsed = 'submission_not_parsed',
  NotReady = 'submission_not_ready',
  Superseded = 'submission_superseded',
  NeedsLandlordAndYear = 'submission_needs_landlord_and_year',
  NoReparseDiff = 'no_reparse_diff',
  NothingToChange = 'nothing_to_change',
  LandlordChangeForbidden = 'landlord_change_forbidden',
}

const STATUS: Record<SubmissionErrorCode, HttpStatus> = {
  [SubmissionErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [SubmissionErrorCode.AnswerNotFound]: HttpStatus.NOT_FOUND,
  [SubmissionErrorCode.FileMissing]: HttpStatus.BAD_REQUEST,
  [SubmissionErrorCode.EmptyFile]: HttpStatus.BAD_REQUEST,
  [SubmissionErrorCode.FileTooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [SubmissionErrorCode.UnsupportedFormat]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [SubmissionErrorCode.UnknownLandlord]: HttpStatus.BAD_REQUEST,
  [SubmissionErrorCode.Confirmed]: HttpStatus.CONFLICT,
  [SubmissionErrorCode.NotParsed]: HttpStatus.CONFLICT,
  [SubmissionErrorCode.NotReady]: HttpStatus.CONFLICT,
  [SubmissionErrorCode.Superseded]: HttpStatus.CONFLICT,
  [SubmissionErrorCode.NeedsLandlordAndYear]: HttpStatus.CONFLICT,
  [SubmissionErrorCode.NoReparseDiff]: HttpStatus.NOT_FOUND,
  [SubmissionErrorCode.NothingToChange]: HttpStatus.BAD_REQUEST,
  [SubmissionErrorCode.LandlordChangeForbidden]: HttpStatus.FORBIDDEN,
};

export class SubmissionError extends HttpException {
  constructor(
    readonly code: SubmissionErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super({ code, message, ...(details ? { details } : {}) }, STATUS[code]);
  }
}

export const submissionNotFound = () =>
  new SubmissionError(
    SubmissionErrorCode.NotFound,
    'There is no submission with that id that you can see. Check the link, or find it in the submissions list.',
  );
