import { HttpStatus } from '@nestjs/common';
import { type CodeOf, errorCatalogue } from '../common/coded-error';

/** Errors of the check queue: a stable code and a message saying what to do. */
const catalogue = errorCatalogue({
  FlagNotFound: ['flag_not_found', HttpStatus.NOT_FOUND],
});

export const CheckErrorCode = catalogue.codes;
export type CheckErrorCode = CodeOf<typeof CheckErrorCode>;

export const flagNotFound = () =>
  catalogue.error(
    CheckErrorCode.FlagNotFound,
    'There is no such flag: the answer may have been re-parsed since the list was loaded. Reload the check queue.',
  );
