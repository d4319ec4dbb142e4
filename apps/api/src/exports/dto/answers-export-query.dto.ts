import {
  ANSWER_STATUSES,
  type AnswerStatus,
  CONSISTENCY_FLAGS,
  type ConsistencyFlag,
  LANDLORD_TYPES,
  type LandlordType,
  SIZE_BANDS,
  type SizeBand,
} from '@app/contracts';
import { OptionalOneOf, OptionalRegion, OptionalYear, PROVISION_NUMBER } from '@app/request-fields';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';

/** `6.3,6.14` or repeated `provisions=6.3&provisions=6.14` → ['6.3', '6.14']. */
export const splitList = ({ value }: { value: unknown }): unknown =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);

/** GET /api/exports/answers.csv: the matrix's filters, year optional (every year). */
export class AnswersExportQueryDto {
  @OptionalYear({ description: 'Assessment year; omit for every year', example: 2024 })
  year?: number;

  @OptionalOneOf(LANDLORD_TYPES)
  landlordType?: LandlordType;

  @OptionalRegion()
  region?: string;

  @OptionalOneOf(SIZE_BANDS)
  sizeBand?: SizeBand;

  @ApiPropertyOptional({
    description: 'Comma-separated 2024 provision numbers',
    example: '6.3,6.14',
    type: String,
  })
  @IsOptional()
  @Transform(splitList)
  @ArrayMaxSize(200)
  @Matches(PROVISION_NUMBER, { each: true, message: 'each provision must be a number like 6.3' })
  provisions?: string[];

  @OptionalOneOf(ANSWER_STATUSES, {
    description: 'Only landlord-years with at least one answer of this status among the provisions',
  })
  status?: AnswerStatus;

  @OptionalOneOf(CONSISTENCY_FLAGS, {
    description:
      'Only landlord-years with this consistency flag (not dismissed) on an answer among the provisions, as the matrix filters',
  })
  flag?: ConsistencyFlag;
}
