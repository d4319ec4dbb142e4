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
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

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
  @ApiPropertyOptional({ description: 'Assessment year; omit for every year', example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: LANDLORD_TYPES })
  @IsOptional()
  @IsIn(LANDLORD_TYPES)
  landlordType?: LandlordType;

  @ApiPropertyOptional({ example: 'London' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ enum: SIZE_BANDS })
  @IsOptional()
  @IsIn(SIZE_BANDS)
  sizeBand?: SizeBand;

  @ApiPropertyOptional({
    description: 'Comma-separated 2024 provision numbers',
    example: '6.3,6.14',
    type: String,
  })
  @IsOptional()
  @Transform(splitList)
  @ArrayMaxSize(200)
  @Matches(/^\d{1,2}\.\d{1,2}$/, { each: true, message: 'each provision must be a number like 6.3' })
  provisions?: string[];

  @ApiPropertyOptional({
    enum: ANSWER_STATUSES,
    description: 'Only landlord-years with at least one answer of this status among the provisions',
  })
  @IsOptional()
  @IsIn(ANSWER_STATUSES)
  status?: AnswerStatus;

  @ApiPropertyOptional({
    enum: CONSISTENCY_FLAGS,
    description:
      'Only landlord-years with this consistency flag (not dismissed) on an answer among the provisions, as the matrix filters',
  })
  @IsOptional()
  @IsIn(CONSISTENCY_FLAGS)
  flag?: ConsistencyFlag;
}
