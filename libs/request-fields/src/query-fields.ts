import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { ASSESSMENT_YEAR_RANGE } from '@app/contracts';

/** The assessment years a query may name, as OpenAPI bounds (one range, libs/contracts). */
export const YEAR_RANGE = { minimum: ASSESSMENT_YEAR_RANGE.min, maximum: ASSESSMENT_YEAR_RANGE.max } as const;
export const PROVISION_NUMBER = /^\d{1,2}\.\d{1,2}$/;

/**
 * Decorators listed as they would stand above a field, applied bottom-up as stacked ones are: class-validator
 * reports a field's failures in the order they were registered, and the error message lists them in that order.
 */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...decorators.reverse());
}

const wholeNumber = (min: number, max?: number): PropertyDecorator[] => [
  Type(() => Number),
  IsInt(),
  Min(min),
  ...(max === undefined ? [] : [Max(max)]),
];

/** A whole number sent as a query string. */
export const OptionalWholeNumber = (min: number, max?: number, api: ApiPropertyOptions = {}) =>
  stacked(ApiPropertyOptional(api), IsOptional(), ...wholeNumber(min, max));

/** An assessment year within ASSESSMENT_YEAR_RANGE, sent as a query string. */
export const RequiredYear = (api: ApiPropertyOptions = {}) =>
  stacked(ApiProperty({ ...YEAR_RANGE, ...api }), ...wholeNumber(YEAR_RANGE.minimum, YEAR_RANGE.maximum));

export const OptionalYear = (api: ApiPropertyOptions = {}) =>
  OptionalWholeNumber(YEAR_RANGE.minimum, YEAR_RANGE.maximum, { ...YEAR_RANGE, ...api });

/** A page number from 1, at most `max` where a deep page would cost too much. */
export const OptionalPage = (max?: number) =>
  OptionalWholeNumber(1, max, { minimum: 1, ...(max === undefined ? {} : { maximum: max }), default: 1 });

export const OptionalPageSize = (max: number, byDefault: number) =>
  OptionalWholeNumber(1, max, { minimum: 1, maximum: max, default: byDefault });

/** One of a fixed list of values (an enum of `@app/contracts`). */
export const OptionalOneOf = (values: readonly string[], api: ApiPropertyOptions = {}) =>
  stacked(ApiPropertyOptional({ enum: values, ...api }), IsOptional(), IsIn(values));

/** A 2024 provision number such as 6.3. */
export const OptionalProvision = (api: ApiPropertyOptions = {}) =>
  stacked(ApiPropertyOptional({ example: '6.3', ...api }), IsOptional(), Matches(PROVISION_NUMBER));

/** Region as the registry holds it. */
export const OptionalRegion = (api: ApiPropertyOptions = {}) =>
  stacked(ApiPropertyOptional({ example: 'London', ...api }), IsOptional(), IsString(), MaxLength(100));

export const OptionalText = (maxLength: number, api: ApiPropertyOptions = {}) =>
  stacked(ApiPropertyOptional(api), IsOptional(), IsString(), MaxLength(maxLength));

export const OptionalUuid = (api: ApiPropertyOptions = {}) =>
  stacked(ApiPropertyOptional({ format: 'uuid', ...api }), IsOptional(), IsUUID());
