import type { SubmissionStatus, UploadAccepted } from '@app/contracts';
import { SUBMISSION_STATUSES } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID } from 'class-validator';
import { ASSESSMENT_YEAR_API, IsAssessmentYear } from './assessment-year.decorator';

/** The multipart form of POST /api/submissions (the file itself is read by the upload interceptor). */
export class UploadSubmissionForm {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'The self-assessment: PDF, Word (.docx), HTML or text/Markdown',
  })
  // Read by the upload interceptor, never from the form fields; declared so OpenAPI shows it and validation allows it.
  @IsOptional()
  file?: unknown;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Analysts and admins only; landlord users always upload for their own landlord',
  })
  @Transform(({ value }: { value: unknown }) => (value === '' ? undefined : value))
  @IsOptional()
  @IsUUID()
  landlordId?: string;

  @ApiPropertyOptional({
    ...ASSESSMENT_YEAR_API,
    description: 'Year assessed; detected from the document when omitted',
  })
  // From the raw field: a blank one is no year, and the number is read only then (class-transformer would turn '' into 0).
  @Transform(({ obj }: { obj: Record<string, unknown> }) =>
    obj['assessmentYear'] === '' || obj['assessmentYear'] === undefined
      ? undefined
      : Number(obj['assessmentYear']),
  )
  @IsOptional()
  @IsAssessmentYear()
  assessmentYear?: number;
}

export class UploadAcceptedResponse implements UploadAccepted {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: SUBMISSION_STATUSES })
  status!: SubmissionStatus;

  @ApiProperty({
    description:
      'True when the same file was already uploaded for this landlord: the existing submission is returned',
  })
  duplicate!: boolean;
}
