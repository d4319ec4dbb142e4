import type { AuditQuery } from '@app/contracts';
import { OptionalPage, OptionalPageSize, OptionalText, OptionalUuid } from '@app/request-fields';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsISO8601, IsOptional } from 'class-validator';

export class AuditQueryDto implements AuditQuery {
  @OptionalText(100, { example: 'auth.login_failed' })
  action?: string;

  @OptionalUuid()
  actorId?: string;

  @ApiPropertyOptional({ example: 'analyst@example.org' })
  @IsOptional()
  @IsEmail()
  actorEmail?: string;

  @OptionalText(100, { example: 'landlord' })
  entityType?: string;

  @OptionalText(200)
  entityId?: string;

  @ApiPropertyOptional({
    description: 'From this time (ISO 8601), inclusive',
    example: '2025-01-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this time (ISO 8601), exclusive' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @OptionalPage()
  page?: number;

  @OptionalPageSize(200, 50)
  pageSize?: number;
}
