import { HttpException, HttpStatus } from '@nestjs/common';

/** Errors of the exports feature: a stable code and a message saying what to do (rendered by AllExceptionsFilter). */
export enum ExportErrorCode {
  ProvisionNotFound = 'export_provision_not_found',
  LandlordNotFound = 'export_landlord_not_found',
}

const STATUS: Record<ExportErrorCode, HttpStatus> = {
  [ExportErrorCode.ProvisionNotFound]: HttpStatus.NOT_FOUND,
  [ExportErrorCode.LandlordNotFound]: HttpStatus.NOT_FOUND,
};

export class ExportError extends HttpException {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
  ) {
    super({ code, message }, STATUS[code]);
  }
}

export const provisionNotFound = (provision: string) =>
  new ExportError(
    ExportErrorCode.ProvisionNotFound,
    `There is no provision ${provision} in the 2024 Code. Use a 2024 provision number such as 6.3 (see /api/codes/2024).`,
  );

export const landlordNotFound = () =>
  new ExportError(ExportErrorCode.LandlordNotFound, 'There is no landlord with that id that you can see. Check the link, or find the landlord in the list.');
