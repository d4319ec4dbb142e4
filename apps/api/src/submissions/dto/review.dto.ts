import {
  ANSWER_STATUSES,
  type AnswerChangeDto,
  type AnswerSnapshotDto,
  type AnswerStatus,
  type AssignSubmissionRequest,
  type CorrectAnswerRequest,
  type ReparseDiffDto,
  type ReparseDiffResolved,
  type ReprocessAccepted,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ASSESSMENT_YEAR_API, IsAssessmentYear } from './assessment-year.decorator';

export class CorrectAnswerDto implements CorrectAnswerRequest {
  @ApiPropertyOptional({ enum: ANSWER_STATUSES })
  @IsOptional()
  @IsIn(ANSWER_STATUSES)
  status?: AnswerStatus;

  @ApiPropertyOptional({ example: '5.13', description: "Provision number in the document's own Code version" })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,2}\.\d{1,2}$/, { message: 'provision must be a number such as 5.13' })
  provision?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The evidence as it should read; null restores the parser's text" })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  evidence?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: "The commentary as it should read; null restores the parser's text" })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  commentary?: string | null;
}

export class AssignSubmissionDto implements AssignSubmissionRequest {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  landlordId?: string;

  @ApiPropertyOptional(ASSESSMENT_YEAR_API)
  @IsOptional()
  @IsAssessmentYear()
  assessmentYear?: number;
}

export class ReprocessAcceptedResponse implements ReprocessAccepted {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SUBMISSION_STATUSES }) status!: SubmissionStatus;
  @ApiProperty() generation!: number;
}

export class AnswerSnapshotResponse implements AnswerSnapshotDto {
  @ApiProperty() provision!: string;
  @ApiProperty({ enum: ANSWER_STATUSES }) status!: AnswerStatus;
  @ApiProperty({ type: String, nullable: true }) evidence!: string | null;
  @ApiProperty({ type: String, nullable: true }) commentary!: string | null;
}

export class AnswerChangeResponse implements AnswerChangeDto {
  @ApiProperty() parsedProvision!: string;
  @ApiProperty() occurrence!: number;
  @ApiProperty({ enum: ['added', 'removed', 'changed'] }) kind!: 'added' | 'removed' | 'changed';
  @ApiProperty({ enum: ['provision', 'status', 'evidence', 'commentary'], isArray: true })
  fields!: ('provision' | 'status' | 'evidence' | 'commentary')[];
  @ApiProperty({ type: AnswerSnapshotResponse, nullable: true }) before!: AnswerSnapshotResponse | null;
  @ApiProperty({ type: AnswerSnapshotResponse, nullable: true }) after!: AnswerSnapshotResponse | null;
}

export class ReparseDiffResponse implements ReparseDiffDto {
  @ApiProperty({ format: 'uuid' }) submissionId!: string;
  @ApiProperty({ type: String, nullable: true }) currentParserVersion!: string | null;
  @ApiProperty() proposedParserVersion!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [AnswerChangeResponse] }) changes!: AnswerChangeResponse[];
}

export class ReparseDiffResolvedResponse implements ReparseDiffResolved {
  @ApiProperty({ format: 'uuid' }) submissionId!: string;
  @ApiProperty({ enum: ['accepted', 'rejected'] }) resolution!: 'accepted' | 'rejected';
  @ApiProperty({ type: String, nullable: true }) parserVersion!: string | null;
}
