import type { AuditEventDto, Page } from '@app/contracts';
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { AuditService } from './audit.service';
import { AuditPageResponse } from './dto/audit-event.dto';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Access(['admin'])
  @ApiOperation({
    summary: 'The audit trail, newest first: filter by action, actor, entity and time; paginated',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  async list(@Query() query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from >= to) {
      throw new BadRequestException({ code: 'bad_request', message: '"from" must be earlier than "to".' });
    }
    return this.audit.search(
      {
        action: query.action,
        actorId: query.actorId,
        actorEmail: query.actorEmail,
        entityType: query.entityType,
        entityId: query.entityId,
        from,
        to,
      },
      query.page ?? 1,
      query.pageSize ?? 50,
    );
  }
}
