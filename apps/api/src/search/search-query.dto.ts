import {
  ANSWER_STATUSES,
  type AnswerStatus,
  CONSISTENCY_FLAGS,
  type ConsistencyFlag,
  type SearchQuery,
} from '@app/contracts';
import { OptionalOneOf, OptionalPage, OptionalPageSize, OptionalProvision, OptionalYear } from '@app/request-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PeerFiltersQueryDto } from '../analytics/dto/analytics-query.dto';

export class SearchQueryDto extends PeerFiltersQueryDto implements SearchQuery {
  @ApiProperty({ description: 'Words, "quoted phrases", OR, -excluded (web search syntax)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q!: string;

  @OptionalProvision({ description: 'A 2024 provision; 2022 answers reach it through the crosswalk' })
  provision?: string;

  @OptionalOneOf(ANSWER_STATUSES)
  status?: AnswerStatus;

  @OptionalYear()
  year?: number;

  @OptionalOneOf(CONSISTENCY_FLAGS)
  flag?: ConsistencyFlag;

  @ApiPropertyOptional({ description: 'Include superseded submissions (marked)' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  all?: boolean;

  @OptionalPage(1000)
  page?: number;

  @OptionalPageSize(100, 20)
  pageSize?: number;
}
