import {
  ANSWER_STATUSES,
  CONSISTENCY_FLAGS,
  type ConsistencyFlag,
  type AnswerStatus,
  LANDLORD_TYPES,
  type LandlordType,
  MATRIX_SORTS,
  type MatrixQuery,
  type MatrixSort,
  type PeerFilters,
  type ProvisionIndexQuery,
  SIZE_BANDS,
  type SizeBand,
  TREND_GROUP_BY,
  type TrendGroupBy,
  type TrendLandlordsQuery,
  type TrendQuery,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const YEAR = { minimum: 2000, maximum: 2100 } as const;

/** Peer-group filters every analytic accepts. */
export class PeerFiltersQueryDto implements PeerFilters {
  @ApiPropertyOptional({ enum: LANDLORD_TYPES })
  @IsOptional()
  @IsIn(LANDLORD_TYPES)
  landlordType?: LandlordType;

  @ApiPropertyOptional({ description: 'Region as the registry holds it, e.g. London' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional({ enum: SIZE_BANDS, description: 'Size band by homes owned' })
  @IsOptional()
  @IsIn(SIZE_BANDS)
  sizeBand?: SizeBand;
}

export class TrendQueryDto extends PeerFiltersQueryDto implements TrendQuery {
  @ApiPropertyOptional(YEAR)
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.minimum)
  @Max(YEAR.maximum)
  from?: number;

  @ApiPropertyOptional(YEAR)
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.minimum)
  @Max(YEAR.maximum)
  to?: number;

  @ApiPropertyOptional({ enum: TREND_GROUP_BY, default: 'none' })
  @IsOptional()
  @IsIn(TREND_GROUP_BY)
  groupBy?: TrendGroupBy;
}

class PageQueryDto extends PeerFiltersQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export class TrendLandlordsQueryDto extends PageQueryDto implements TrendLandlordsQuery {
  @ApiProperty(YEAR)
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.minimum)
  @Max(YEAR.maximum)
  year!: number;

  @ApiPropertyOptional({ enum: ANSWER_STATUSES })
  @IsOptional()
  @IsIn(ANSWER_STATUSES)
  status?: AnswerStatus;
}

export class MatrixQueryDto extends PageQueryDto implements MatrixQuery {
  @ApiProperty(YEAR)
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.minimum)
  @Max(YEAR.maximum)
  year!: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Section of the 2024 Code' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(9)
  section?: number;

  @ApiPropertyOptional({ type: String, description: 'Comma-separated 2024 provision numbers, e.g. 6.3,6.14' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @ArrayMaxSize(100)
  @Matches(/^\d{1,2}\.\d{1,2}$/, { each: true })
  provisions?: string[];

  @ApiPropertyOptional({
    enum: ANSWER_STATUSES,
    description: 'Only landlords with this status among the shown provisions',
  })
  @IsOptional()
  @IsIn(ANSWER_STATUSES)
  status?: AnswerStatus;

  @ApiPropertyOptional({
    enum: CONSISTENCY_FLAGS,
    description: 'Only landlords with this consistency flag on a shown provision',
  })
  @IsOptional()
  @IsIn(CONSISTENCY_FLAGS)
  flag?: ConsistencyFlag;

  @ApiPropertyOptional({ enum: MATRIX_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(MATRIX_SORTS)
  sort?: MatrixSort;
}

export class OverviewQueryDto extends PeerFiltersQueryDto {
  @ApiPropertyOptional({ ...YEAR, description: 'Defaults to the latest year with counted submissions' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(YEAR.minimum)
  @Max(YEAR.maximum)
  year?: number;
}

export class ProvisionIndexQueryDto extends OverviewQueryDto implements ProvisionIndexQuery {}
