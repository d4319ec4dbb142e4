import type { AnswerDto, ReparseDiffDto, ReparseDiffResolved, ReprocessAccepted, SessionUser, SubmissionDetailDto } from '@app/contracts';
import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { AnswerResponse, SubmissionDetailResponse } from './dto/submission.dto';
import {
  AssignSubmissionDto,
  CorrectAnswerDto,
  ReparseDiffResolvedResponse,
  ReparseDiffResponse,
  ReprocessAcceptedResponse,
} from './dto/review.dto';
import { ReviewService } from './review.service';
import { SubmissionError, SubmissionErrorCode } from './submission.errors';
import { SubmissionId } from './submissions.controller';

const AnswerId = () =>
  Param(
    'answerId',
    new ParseUUIDPipe({
      exceptionFactory: () => new SubmissionError(SubmissionErrorCode.AnswerNotFound, 'That answer is not part of this submission.'),
    }),
  );

@ApiTags('submissions')
@Controller('submissions')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Patch(':id')
  @Access(['landlord', 'analyst', 'admin'])
  @ApiOperation({
    summary:
      'Set the landlord and/or assessment year before confirmation (landlord users: the year of their own submissions only); a submission that needs review becomes parsed once both are known',
  })
  @ApiOkResponse({ type: SubmissionDetailResponse })
  @ApiConflictResponse({ description: 'The submission is confirmed' })
  assign(@SubmissionId() id: string, @Body() body: AssignSubmissionDto, @CurrentUser() user: SessionUser): Promise<SubmissionDetailDto> {
    return this.review.assign(user, id, body);
  }

  @Patch(':id/answers/:answerId')
  @Access(['landlord', 'analyst', 'admin'])
  @ApiOperation({
    summary: 'Correct an answer\'s status and/or provision (kept as an override that survives re-parsing; audited with before/after)',
    description: 'Landlord users may correct their own submission until it is confirmed; analysts and admins at any time.',
  })
  @ApiOkResponse({ type: AnswerResponse })
  @ApiNotFoundResponse({ description: 'No such submission or answer' })
  @ApiConflictResponse({ description: 'Confirmed (landlord users), or not parsed yet' })
  correct(
    @SubmissionId() id: string,
    @AnswerId() answerId: string,
    @Body() body: CorrectAnswerDto,
    @CurrentUser() user: SessionUser,
  ): Promise<AnswerDto> {
    return this.review.correctAnswer(user, id, answerId, body);
  }

  @Post(':id/confirm')
  @Access(['landlord', 'analyst', 'admin'])
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm a parsed submission: it becomes accepted' })
  @ApiOkResponse({ type: SubmissionDetailResponse })
  @ApiConflictResponse({ description: 'Not parsed yet, superseded, or without a landlord and year' })
  confirm(@SubmissionId() id: string, @CurrentUser() user: SessionUser): Promise<SubmissionDetailDto> {
    return this.review.confirm(user, id);
  }

  @Post(':id/reprocess')
  @Access(['analyst', 'admin'])
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Re-parse the stored original (e.g. after a parser upgrade); corrections are re-applied, a confirmed submission gets a diff to review',
  })
  @ApiAcceptedResponse({ type: ReprocessAcceptedResponse })
  reprocess(@SubmissionId() id: string, @CurrentUser() user: SessionUser): Promise<ReprocessAccepted> {
    return this.review.reprocess(user, id);
  }

  @Get(':id/reparse-diff')
  @Access(['analyst', 'admin'])
  @ApiOperation({ summary: 'The answer-level changes a re-parse would make to a confirmed submission' })
  @ApiOkResponse({ type: ReparseDiffResponse })
  @ApiNotFoundResponse({ description: 'No re-parse is waiting for a decision' })
  diff(@SubmissionId() id: string, @CurrentUser() user: SessionUser): Promise<ReparseDiffDto> {
    return this.review.diff(user, id);
  }

  @Post(':id/reparse-diff/accept')
  @Access(['analyst', 'admin'])
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: "Take the re-parse's answers (corrections re-applied) and its parser version" })
  @ApiOkResponse({ type: ReparseDiffResolvedResponse })
  accept(@SubmissionId() id: string, @CurrentUser() user: SessionUser): Promise<ReparseDiffResolved> {
    return this.review.resolveDiff(user, id, true);
  }

  @Post(':id/reparse-diff/reject')
  @Access(['analyst', 'admin'])
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Keep the confirmed answers and drop the re-parse' })
  @ApiOkResponse({ type: ReparseDiffResolvedResponse })
  reject(@SubmissionId() id: string, @CurrentUser() user: SessionUser): Promise<ReparseDiffResolved> {
    return this.review.resolveDiff(user, id, false);
  }
}
