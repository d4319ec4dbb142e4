import { HttpStatus } from '@nestjs/common';
import { errorCatalogue } from '../common/coded-error';

/** Errors of the analytics feature. Codes are sent over the wire: never rename one. */
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

/** `analyticsError(Code.X, 'what to do')`: the exception for that code, with its status. */
export const analyticsError = errorCatalogue(STATUS);

export const provisionNotFound = (provision: string) =>
  analyticsError(
    AnalyticsErrorCode.ProvisionNotFound,
    `"${provision}" is not a provision of the 2024 Code. Use its number as the 2024 Code prints it, e.g. 6.3 (2022 answers are carried to their 2024 provisions).`,
  );

export const landlordNotFound = () =>
  analyticsError(
    AnalyticsErrorCode.LandlordNotFound,
    'There is no landlord with that id that you can see. Check the link, or find the landlord in the matrix.',
  );

export const invalidRange = () =>
  analyticsError(AnalyticsErrorCode.InvalidRange, '"from" is after "to": give the earlier year first.');
