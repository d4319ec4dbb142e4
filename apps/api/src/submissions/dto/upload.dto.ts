import type { SubmissionStatus, UploadAccepted } from '@app/contracts';
import { SUBMISSION_STATUSES } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** The multipart form of POST /api/submissions (the file itself is read by the upload interceptor). */
export class UploadSubmissionForm {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The self-assessment: PDF, Word (.docx), HTML or text/Markdown' })
  // Read by the upload interceptor, never from the form fields; declared so OpenAPI shows it and validation allows it.
  @IsOptional()
  file?: unknown;

  @ApiPropertyOptional({ format: 'uuid', description: 'Analysts and admins only; landlord users always upload for their own landlord' })
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsUUID()
  landlordId?: string;

  @ApiPropertyOptional({ minimum: 2000, maximum: 2100, description: 'Year assessed; detected from the document when omitted' })
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  assessmentYear?: number;
}

export class UploadAcceptedResponse implements UploadAccepted {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: SUBMISSION_STATUSES })
  status!: SubmissionStatus;

  @ApiProperty({ description: 'True when the same file was already uploaded for this landlord: the existing submission is returned' })
  duplicate!: boolean;
}
