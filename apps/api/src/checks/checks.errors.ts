import { HttpException, HttpStatus } from '@nestjs/common';

/** Errors of the check queue: a stable code and a message saying what to do. */
export enum CheckErrorCode {
  FlagNotFound = 'flag_not_found',
}

export class CheckError extends HttpException {
  constructor(
    readonly code: CheckErrorCode,
    message: string,
    status: HttpStatus,
  ) {
    super({ code, message }, status);
  }
}

export const flagNotFound = () =>
  new CheckError(
    CheckErrorCode.FlagNotFound,
    'There is no such flag: the answer may have been re-parsed since the list was loaded. Reload the check queue.',
    HttpStatus.NOT_FOUND,
  );
