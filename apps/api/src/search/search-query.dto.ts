import {
  ANSWER_STATUSES,
  type AnswerStatus,
  CONSISTENCY_FLAGS,
  type ConsistencyFlag,
  type SearchQuery,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PeerFiltersQueryDto } from '../analytics/dto/analytics-query.dto';

export class SearchQueryDto extends PeerFiltersQueryDto implements SearchQuery {
  @ApiProperty({ description: 'Words, "quoted phrases", OR, -excluded (web search syntax)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q!: string;

  @ApiPropertyOptional({
    description: 'A 2024 provision; 2022 answers reach it through the crosswalk',
    example: '6.3',
  })
  @IsOptional()
  @Matches(/^\d{1,2}\.\d{1,2}$/)
  provision?: string;

  @ApiPropertyOptional({ enum: ANSWER_STATUSES })
  @IsOptional()
  @IsIn(ANSWER_STATUSES)
  status?: AnswerStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: CONSISTENCY_FLAGS })
  @IsOptional()
  @IsIn(CONSISTENCY_FLAGS)
  flag?: ConsistencyFlag;

  @ApiPropertyOptional({ description: 'Include superseded submissions (marked)' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  all?: boolean;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  page?: number;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}
