import { HttpStatus } from '@nestjs/common';
import { type CodeOf, errorCatalogue } from '../common/coded-error';

/** Errors of the analytics feature. Codes are sent over the wire: never rename one. */
const catalogue = errorCatalogue({
  ProvisionNotFound: ['provision_not_found', HttpStatus.NOT_FOUND],
  LandlordNotFound: ['landlord_not_found', HttpStatus.NOT_FOUND],
  InvalidRange: ['invalid_year_range', HttpStatus.BAD_REQUEST],
});

export const AnalyticsErrorCode = catalogue.codes;
export type AnalyticsErrorCode = CodeOf<typeof AnalyticsErrorCode>;

/** `analyticsError(Code.X, 'what to do')`: the exception for that code, with its status. */
export const analyticsError = catalogue.error;

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
