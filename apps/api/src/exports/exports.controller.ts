import type { SessionUser } from '@app/contracts';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MatrixQueryDto, TrendQueryDto } from '../analytics/dto/analytics-query.dto';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { AnswersExportQueryDto } from './dto/answers-export-query.dto';
import { ExportSender } from './export-sender';
import { ExportsService } from './exports.service';
import { FileResponse } from './file-response.decorator';
import { ReportsService } from './reports.service';

const WHOLE =
  'Every matching row, never only a page: `page` and `pageSize` are accepted (as the view sends them) and ignored.';

/**
 * Downloads of what the analytics views show, for the same filters. Streamed responses with a
 * Content-Disposition naming what and when; every download is recorded in the audit trail.
 */
@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly reports: ReportsService,
    private readonly sender: ExportSender,
  ) {}

  @Get('answers.csv')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'Tidy CSV: one row per landlord × year × 2024 provision (every year without `year`)',
    description:
      'UTF-8 with a byte order mark, RFC 4180 quoting, streamed from the database. Text that starts like a spreadsheet formula is prefixed with an apostrophe.',
  })
  @FileResponse('csv')
  async answersCsv(
    @CurrentUser() user: SessionUser,
    @Query() query: AnswersExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.sender.send(res, this.exports.answersCsv(user, query));
  }

  @Get('matrix.xlsx')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'The matrix as a workbook (cover, notes, matrix, provisions)',
    description: WHOLE,
  })
  @FileResponse('xlsx')
  async matrixXlsx(
    @CurrentUser() user: SessionUser,
    @Query() query: MatrixQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.sender.send(res, await this.exports.matrix(user, query, 'xlsx'));
  }

  @Get('matrix.csv')
  @Access(['analyst', 'admin'])
  @ApiOperation({ summary: 'The matrix as CSV, one row per landlord', description: WHOLE })
  @FileResponse('csv')
  async matrixCsv(
    @CurrentUser() user: SessionUser,
    @Query() query: MatrixQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.sender.send(res, await this.exports.matrix(user, query, 'csv'));
  }

  @Get('provisions/:provision/trend.xlsx')
  @Access(['analyst', 'admin'])
  @ApiOperation({ summary: 'A provision over the years as a workbook (cover, notes, trend)' })
  @FileResponse('xlsx')
  @ApiNotFoundResponse({ description: 'Not a 2024 provision' })
  async trendXlsx(
    @CurrentUser() user: SessionUser,
    @Param('provision') provision: string,
    @Query() query: TrendQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.sender.send(res, await this.exports.trend(user, provision, query, 'xlsx'));
  }

  @Get('provisions/:provision/trend.csv')
  @Access(['analyst', 'admin'])
  @ApiOperation({ summary: 'A provision over the years as CSV' })
  @FileResponse('csv')
  @ApiNotFoundResponse({ description: 'Not a 2024 provision' })
  async trendCsv(
    @CurrentUser() user: SessionUser,
    @Param('provision') provision: string,
    @Query() query: TrendQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.sender.send(res, await this.exports.trend(user, provision, query, 'csv'));
  }

  @Get('landlords/:id/report.pdf')
  @Access(['analyst', 'admin', 'landlord'])
  @ApiOperation({ summary: "A landlord's profile as a printable PDF (landlord users: their own only)" })
  @FileResponse('pdf')
  @ApiNotFoundResponse()
  async landlordReport(
    @CurrentUser() user: SessionUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.sender.send(res, await this.reports.landlord(user, id));
  }

  @Get('provisions/:provision/report.pdf')
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'A provision page as a printable PDF: its trend overall and by landlord type, with caveats',
  })
  @FileResponse('pdf')
  @ApiNotFoundResponse({ description: 'Not a 2024 provision' })
  async provisionReport(
    @CurrentUser() user: SessionUser,
    @Param('provision') provision: string,
    @Query() query: TrendQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await this.sender.send(res, await this.reports.provision(user, provision, query));
  }
}
