import type { AnswerFlagView, CheckListResponse, FlagReviewResponse, SessionUser } from '@app/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { ChecksService } from './checks.service';
import { CheckQueryDto, ConfirmFlagDto, DismissFlagDto } from './dto/check-query.dto';

/** The analysts' check queue: flagged answers and low-confidence parsed rows, newest first, and decisions on flags. */
@ApiTags('checks')
@Controller('checks')
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Get()
  @Access(['analyst', 'admin'])
  @ApiOperation({ summary: 'Flagged answers and low-confidence rows of current submissions, newest first' })
  @ApiOkResponse({ description: 'CheckListResponse (libs/contracts/src/search.ts)' })
  list(@Query() query: CheckQueryDto): Promise<CheckListResponse> {
    return this.checks.list(query);
  }

  @Post('flags/:id/confirm')
  @HttpCode(200)
  @Access(['analyst', 'admin'])
  @ApiOperation({ summary: 'The flag stands (audited)' })
  @ApiNotFoundResponse({ description: 'No such flag' })
  confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmFlagDto,
    @CurrentUser() user: SessionUser,
  ): Promise<FlagReviewResponse> {
    return this.checks.review(id, 'confirmed', body.note?.trim() || null, user);
  }

  @Post('flags/:id/dismiss')
  @HttpCode(200)
  @Access(['analyst', 'admin'])
  @ApiOperation({
    summary: 'The flag does not stand, with the reason (audited); it stays dismissed until the text changes',
  })
  @ApiNotFoundResponse({ description: 'No such flag' })
  dismiss(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DismissFlagDto,
    @CurrentUser() user: SessionUser,
  ): Promise<FlagReviewResponse> {
    return this.checks.review(id, 'dismissed', body.reason.trim(), user);
  }

  @Get('submissions/:id/flags')
  @Access(['analyst', 'admin', 'landlord'])
  @ApiOperation({
    summary:
      "The consistency flags of a submission's answers, with their reasons, to show beside each answer",
  })
  flagsOfSubmission(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<AnswerFlagView[]> {
    return this.checks.flagsOfSubmission(id, user);
  }
}
