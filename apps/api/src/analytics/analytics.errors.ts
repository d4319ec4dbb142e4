import { HttpException, HttpStatus } from '@nestjs/common';

/** Errors of the analytics feature: a stable code and a message saying what to do (rendered by AllExceptionsFilter). */
export enum AnalyticsErrorCode {
  ProvisionNotFound = 'provision_not_found',
  LandlordNotFound = 'landlord_not_found',
  InvalidRange = 'invalid_year_range',
}

const STATUS: Record<AnalyticsErrorCode, HttpStatus> = {
  [AnalyticsErrorCode.ProvisionNotFound]: HttpStatus.NOT_FOUND,
  [AnalyticsErrorCode.LandlordNotFound]: HttpStatus.NOT_FOUND,
  [AnalyticsErrorCode.InvalidRange]: HttpStatus.BAD_REQUEST,
};

export class AnalyticsError extends HttpException {
  constructor(
    readonly code: AnalyticsErrorCode,
    message: string,
  ) {
    super({ code, message }, STATUS[code]);
  }
}

export const provisionNotFound = (provision: string) =>
  new AnalyticsError(
    AnalyticsErrorCode.ProvisionNotFound,
    `"${provision}" is not a provision of the 2024 Code. Use its number as the 2024 Code prints it, e.g. 6.3 (2022 answers are carried to their 2024 provisions).`,
  );

export const landlordNotFound = () =>
  new AnalyticsError(
    AnalyticsErrorCode.LandlordNotFound,
    'There is no landlord with that id that you can see. Check the link, or find the landlord in the matrix.',
  );

export const invalidRange = () =>
  new AnalyticsError(AnalyticsErrorCode.InvalidRange, '"from" is after "to": give the earlier year first.');
