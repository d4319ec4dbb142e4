import { USER_ROLES, type Page, type SessionUser, type SubmissionDetailDto, type SubmissionSummaryDto, type UploadAccepted } from '@app/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  type MessageEvent,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  Sse,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import { Access } from '../auth/access.decorator';
import { CurrentUser } from '../auth/current-user.decorator';
import { UploadThrottle } from '../auth/rate-limit.decorator';
import { SubmissionListQueryDto, SubmissionPageResponse, SubmissionDetailResponse } from './dto/submission.dto';
import { UploadAcceptedResponse, UploadSubmissionForm } from './dto/upload.dto';
import { IngestionService } from './ingestion.service';
import { SubmissionEventStreams, submissionEvents } from './submission-events';
import { SubmissionError, SubmissionErrorCode, submissionNotFound } from './submission.errors';
import { SubmissionsService } from './submissions.service';
import type { StreamedUploadFile } from './upload-storage';
import { UPLOAD_FIELD, UploadInterceptor } from './upload.interceptor';

export const SubmissionId = () => Param('id', new ParseUUIDPipe({ exceptionFactory: () => submissionNotFound() }));
const EVERYONE = [...USER_ROLES];

@ApiTags('submissions')
@Controller('submissions')
export class SubmissionsController {
  constructor(
    private readonly ingestion: IngestionService,
    private readonly submissions: SubmissionsService,
    private readonly streams: SubmissionEventStreams,
  ) {}

  @Post()
  @Access(EVERYONE)
  @UploadThrottle()
  @HttpCode(HttpStatus.ACCEPTED)
  @UseInterceptors(UploadInterceptor)
  @ApiOperation({
    summary: 'Upload a self-assessment; it is stored durably and queued for parsing before this answers',
    description:
      'Multipart field "file": PDF, Word (.docx), HTML or text/Markdown, detected from the bytes. Landlord users always upload ' +
      'for their own landlord; analysts and admins may name one. The same file for the same landlord returns the existing submission.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadSubmissionForm })
  @ApiAcceptedResponse({ type: UploadAcceptedResponse })
  @ApiBadRequestResponse({ description: 'No file, an empty file, or an unknown landlord' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than UPLOAD_MAX_BYTES (25 MB by default)' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not a PDF, Word, HTML or text/Markdown document' })
  @ApiUnprocessableEntityResponse({ description: 'A password-protected Word or Excel file (document_encrypted)' })
  async upload(
    @UploadedFile() file: StreamedUploadFile | undefined,
    @Body() form: UploadSubmissionForm,
    @CurrentUser() user: SessionUser,
  ): Promise<UploadAccepted> {
    if (!file) {
      throw new SubmissionError(
        SubmissionErrorCode.FileMissing,
        `Attach the self-assessment as multipart/form-data in the field "${UPLOAD_FIELD}".`,
      );
    }
    return this.ingestion.ingest({
      streamed: { path: file.path, size: file.size, sha256: file.sha256 },
      fileName: file.originalname,
      landlordId: form.landlordId ?? null,
      assessmentYear: form.assessmentYear ?? null,
      user,
    });
  }

  @Get()
  @Access(EVERYONE)
  @ApiOperation({ summary: 'Submissions, newest first, filtered by landlord, year and status (landlord users see only theirs)' })
  @ApiOkResponse({ type: SubmissionPageResponse })
  list(@Query() query: SubmissionListQueryDto, @CurrentUser() user: SessionUser): Promise<Page<SubmissionSummaryDto>> {
    return this.submissions.list(user, query);
  }

  @Get(':id')
  @Access(EVERYONE)
  @ApiOperation({ summary: 'One submission with its answers' })
  @ApiOkResponse({ type: SubmissionDetailResponse })
  @ApiNotFoundResponse({ description: "No such submission, or another landlord's" })
  detail(@SubmissionId() id: string, @CurrentUser() user: SessionUser): Promise<SubmissionDetailDto> {
    return this.submissions.detail(user, id);
  }

  @Sse(':id/events')
  @Access(EVERYONE)
  @ApiOperation({
    summary: 'Server-sent events: `status` ({ id, status, progress, errorCode, errorMessage }) on every change, `end` at a final state',
  })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An event stream that ends once the submission is parsed, needs review, failed or accepted' })
  @ApiNotFoundResponse({ description: "No such submission, or another landlord's" })
  async events(@SubmissionId() id: string, @CurrentUser() user: SessionUser): Promise<Observable<MessageEvent>> {
    await this.submissions.visible(user, id);
    return submissionEvents(() => this.submissions.progress(user, id), { stop: this.streams.stop });
  }

  @Get(':id/file')
  @Access(EVERYONE)
  @ApiOperation({ summary: 'The original uploaded file, byte for byte, as a download' })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/html', 'text/plain')
  @ApiOkResponse({ description: 'The original bytes with their media type and file name' })
  @ApiNotFoundResponse({ description: "No such submission, or another landlord's" })
  async file(@SubmissionId() id: string, @CurrentUser() user: SessionUser, @Res() res: Response): Promise<void> {
    const file = await this.submissions.file(user, id);
    res.attachment(file.originalName);
    res.setHeader('Content-Type', file.mediaType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Uploaded HTML must never run in the API's origin, even if opened directly.
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file.bytes);
  }
}
