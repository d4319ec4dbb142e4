import {
  ANSWER_STATUSES,
  type AnswerConsistencyFlagDto,
  type AnswerDto,
  CONSISTENCY_FLAGS,
  type ConsistencyFlag,
  type AnswerSourceDto,
  type AnswerStatus,
  type CanonicalProvisionDto,
  type Page,
  type PageRegionDto,
  SOURCE_FORMATS,
  SUBMISSION_STATUSES,
  type SourceFormatValue,
  type SubmissionCountsDto,
  type SubmissionDetailDto,
  type SubmissionStatus,
  type SubmissionSummaryDto,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalOneOf, OptionalPage, OptionalPageSize, OptionalUuid, OptionalYear } from '@app/request-fields';

export class SubmissionListQueryDto {
  @OptionalUuid({ description: 'Ignored for landlord users, who only ever see their own' })
  landlordId?: string;

  @OptionalYear()
  year?: number;

  @OptionalOneOf(SUBMISSION_STATUSES)
  status?: SubmissionStatus;

  @OptionalPage()
  page?: number;

  @OptionalPageSize(100, 25)
  pageSize?: number;
}

export class SubmissionCountsResponse implements SubmissionCountsDto {
  @ApiProperty() rows!: number;
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() partial!: number;
  @ApiProperty() na!: number;
  @ApiProperty() missing!: number;
  @ApiProperty() unknown!: number;
  @ApiProperty({ description: 'Rows with parser warnings nobody has corrected' }) flagged!: number;
}

export class SubmissionSummaryResponse implements SubmissionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status!: SubmissionStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) landlordId!: string | null;
  @ApiProperty({ type: String, nullable: true }) landlordName!: string | null;
  @ApiProperty({ type: Number, nullable: true }) assessmentYear!: number | null;
  @ApiProperty({ enum: ['2022', '2024'], nullable: true }) codeVersion!: '2022' | '2024' | null;
  @ApiProperty() fileName!: string;
  @ApiProperty({ enum: SOURCE_FORMATS }) format!: SourceFormatValue;
  @ApiProperty({ description: 'A later upload for the same landlord and year replaced this one' }) superseded!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: SubmissionCountsResponse, nullable: true }) counts!: SubmissionCountsResponse | null;
  @ApiProperty({ type: String, nullable: true }) errorCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'What went wrong and what to do' }) errorMessage!: string | null;
}

export class SubmissionPageResponse implements Page<SubmissionSummaryDto> {
  @ApiProperty({ type: [SubmissionSummaryResponse] }) items!: SubmissionSummaryResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class CanonicalProvisionResponse implements CanonicalProvisionDto {
  @ApiProperty({ description: '2024 provision number' }) provision!: string;
  @ApiProperty() relation!: string;
  @ApiProperty() confidence!: string;
  @ApiProperty({ enum: ['as_is', 'caveat', 'none'] }) trend!: 'as_is' | 'caveat' | 'none';
}

export class PageRegionResponse implements PageRegionDto {
  @ApiProperty() page!: number;
  @ApiProperty() x0!: number;
  @ApiProperty() y0!: number;
  @ApiProperty() x1!: number;
  @ApiProperty() y1!: number;
  @ApiProperty() pageWidth!: number;
  @ApiProperty() pageHeight!: number;
}

export class AnswerSourceResponse implements AnswerSourceDto {
  @ApiPropertyOptional({ type: [Number] }) pages?: number[];
  @ApiPropertyOptional({ type: [PageRegionResponse] }) regions?: PageRegionResponse[];
  @ApiPropertyOptional() table?: number;
  @ApiPropertyOptional() row?: number;
  @ApiPropertyOptional({ type: [Number], description: 'First and last line in a text document' }) lines?: [number, number];
}

export class AnswerConsistencyFlagResponse implements AnswerConsistencyFlagDto {
  @ApiProperty({ enum: CONSISTENCY_FLAGS }) flag!: ConsistencyFlag;
  @ApiProperty({ description: 'One line saying why, quoting the words that raised the flag' }) reason!: string;
  @ApiProperty({ enum: ['open', 'confirmed'], description: 'confirmed: an analyst found that the flag stands' })
  state!: 'open' | 'confirmed';
}

export class AnswerResponse implements AnswerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ description: "As numbered in the document's own Code version (after any correction)" }) provision!: string;
  @ApiProperty({ type: String, nullable: true }) shortTitle!: string | null;
  @ApiProperty({ type: [CanonicalProvisionResponse] }) canonicalProvisions!: CanonicalProvisionResponse[];
  @ApiProperty({ enum: ANSWER_STATUSES }) status!: AnswerStatus;
  @ApiProperty({ type: String, nullable: true }) statusRaw!: string | null;
  @ApiProperty({ type: String, nullable: true }) requirement!: string | null;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
  @ApiProperty({ type: String, nullable: true }) commentary!: string | null;
  @ApiProperty({ minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ type: [String], description: 'Parser warning codes for the row' }) warnings!: string[];
  @ApiProperty({ description: 'A person corrected the status or provision' }) corrected!: boolean;
  @ApiProperty({ type: AnswerSourceResponse }) source!: AnswerSourceResponse;
  @ApiProperty({
    type: [AnswerConsistencyFlagResponse],
    description: 'Consistency flags no analyst has dismissed, with their reasons (empty when none)',
  })
  consistencyFlags!: AnswerConsistencyFlagResponse[];
}

export class SubmissionDetailResponse extends SubmissionSummaryResponse implements SubmissionDetailDto {
  @ApiProperty({ type: String, nullable: true }) parserVersion!: string | null;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({ type: String, nullable: true }) detectedLandlordName!: string | null;
  @ApiProperty({ type: Number, nullable: true }) detectedYear!: number | null;
  @ApiProperty({ type: [String] }) warnings!: string[];
  @ApiProperty({ type: [AnswerResponse] }) answers!: AnswerResponse[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) supersededById!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: string | null;
  @ApiProperty() reparseDiffPending!: boolean;
}
