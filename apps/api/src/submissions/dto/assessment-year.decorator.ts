import { ASSESSMENT_YEAR_RANGE } from '@app/contracts';
import { applyDecorators } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';

/** The accepted assessment years as OpenAPI states a number's bounds. */
export const ASSESSMENT_YEAR_API = { minimum: ASSESSMENT_YEAR_RANGE.min, maximum: ASSESSMENT_YEAR_RANGE.max } as const;

/**
 * A whole number within `ASSESSMENT_YEAR_RANGE` (libs/contracts), the years the API accepts anywhere a year is
 * given. Listed as they would stand above a field and applied bottom-up as stacked ones are, so failures are
 * reported in that order.
 */
export const IsAssessmentYear = () =>
  applyDecorators(...[IsInt(), Min(ASSESSMENT_YEAR_RANGE.min), Max(ASSESSMENT_YEAR_RANGE.max)].reverse());
