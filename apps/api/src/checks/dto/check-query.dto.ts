import {
  CHECK_KINDS,
  type CheckKind,
  type CheckQuery,
  CONSISTENCY_FLAGS,
  type ConfirmFlagRequest,
  type ConsistencyFlag,
  type DismissFlagRequest,
  FLAG_REVIEW_STATES,
  type FlagReviewState,
} from '@app/contracts';
import { OptionalOneOf, OptionalPage, OptionalPageSize, OptionalProvision, OptionalUuid, OptionalYear } from '@app/request-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CheckQueryDto implements CheckQuery {
  @OptionalOneOf(CHECK_KINDS)
  kind?: CheckKind;

  @OptionalOneOf(CONSISTENCY_FLAGS)
  flag?: ConsistencyFlag;

  @OptionalProvision({ description: 'A 2024 provision, through the crosswalk' })
  provision?: string;

  @OptionalUuid()
  landlordId?: string;

  @OptionalYear()
  year?: number;

  @OptionalOneOf(FLAG_REVIEW_STATES, { default: 'open' })
  state?: FlagReviewState;

  @OptionalPage(1000)
  page?: number;

  @OptionalPageSize(100, 25)
  pageSize?: number;
}

export class ConfirmFlagDto implements ConfirmFlagRequest {
  @ApiPropertyOptional({ description: 'An optional note kept with the decision' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class DismissFlagDto implements DismissFlagRequest {
  @ApiProperty({ description: 'Why the flag does not stand (required)' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason!: string;
}
