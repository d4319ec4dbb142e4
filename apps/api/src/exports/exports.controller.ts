import type { SessionUser } from '@app/contracts';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { AnswersExportQueryDto } from './dto/answers-export-query.dto';
import { ExportSender } from './export-sender';
import { ExportsService } from './exports.service';

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly sender: ExportSender,
  ) {}

  @Get('answers.csv')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'Tidy CSV: one row per landlord × year × 2024 provision, every matching row (every year without `year`)',
    description: 'UTF-8 with a byte order mark, RFC 4180 quoting, streamed. Text that starts like a spreadsheet formula is prefixed with an apostrophe.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV file' })
  async answersCsv(@CurrentUser() user: SessionUser, @Query() query: AnswersExportQueryDto, @Res() res: Response): Promise<void> {
    await this.sender.send(res, this.exports.answersCsv(user, query));
  }
}
