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
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CheckQueryDto implements CheckQuery {
  @ApiPropertyOptional({ enum: CHECK_KINDS })
  @IsOptional()
  @IsIn(CHECK_KINDS)
  kind?: CheckKind;

  @ApiPropertyOptional({ enum: CONSISTENCY_FLAGS })
  @IsOptional()
  @IsIn(CONSISTENCY_FLAGS)
  flag?: ConsistencyFlag;

  @ApiPropertyOptional({ description: 'A 2024 provision, through the crosswalk', example: '6.3' })
  @IsOptional()
  @Matches(/^\d{1,2}\.\d{1,2}$/)
  provision?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  landlordId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: FLAG_REVIEW_STATES, default: 'open' })
  @IsOptional()
  @IsIn(FLAG_REVIEW_STATES)
  state?: FlagReviewState;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;

  @ApiPropertyOptional({ default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
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
