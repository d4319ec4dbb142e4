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
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';
import {
  OptionalOneOf,
  OptionalPage,
  OptionalPageSize,
  OptionalRegion,
  OptionalWholeNumber,
  OptionalYear,
  PROVISION_NUMBER,
  RequiredYear,
} from '@app/request-fields';

/** Peer-group filters every analytic accepts. */
export class PeerFiltersQueryDto implements PeerFilters {
  @OptionalOneOf(LANDLORD_TYPES)
  landlordType?: LandlordType;

  @OptionalRegion({ description: 'Region as the registry holds it, e.g. London' })
  region?: string;

  @OptionalOneOf(SIZE_BANDS, { description: 'Size band by homes owned' })
  sizeBand?: SizeBand;
}

export class TrendQueryDto extends PeerFiltersQueryDto implements TrendQuery {
  @OptionalYear()
  from?: number;

  @OptionalYear()
  to?: number;

  @OptionalOneOf(TREND_GROUP_BY, { default: 'none' })
  groupBy?: TrendGroupBy;
}

class PageQueryDto extends PeerFiltersQueryDto {
  @OptionalPage()
  page?: number;

  @OptionalPageSize(200, 100)
  pageSize?: number;
}

export class TrendLandlordsQueryDto extends PageQueryDto implements TrendLandlordsQuery {
  @RequiredYear()
  year!: number;

  @OptionalOneOf(ANSWER_STATUSES)
  status?: AnswerStatus;
}

export class MatrixQueryDto extends PageQueryDto implements MatrixQuery {
  @RequiredYear()
  year!: number;

  @OptionalWholeNumber(1, 9, { minimum: 1, maximum: 9, description: 'Section of the 2024 Code' })
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
  @Matches(PROVISION_NUMBER, { each: true })
  provisions?: string[];

  @OptionalOneOf(ANSWER_STATUSES, { description: 'Only landlords with this status among the shown provisions' })
  status?: AnswerStatus;

  @OptionalOneOf(CONSISTENCY_FLAGS, { description: 'Only landlords with this consistency flag on a shown provision' })
  flag?: ConsistencyFlag;

  @OptionalOneOf(MATRIX_SORTS, { default: 'name' })
  sort?: MatrixSort;
}

export class OverviewQueryDto extends PeerFiltersQueryDto {
  @OptionalYear({ description: 'Defaults to the latest year with counted submissions' })
  year?: number;
}

export class ProvisionIndexQueryDto extends OverviewQueryDto implements ProvisionIndexQuery {}
