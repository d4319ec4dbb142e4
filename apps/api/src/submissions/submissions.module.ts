import { Module } from '@nestjs/common';
import { IngestionService } from './ingestion.service';
import { ReviewController } from './review.controller';
import { ReviewService } from './review.service';
import { SubmissionEventStreams } from './submission-events';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';
import { UploadInterceptor } from './upload.interceptor';

/** Upload, reading, following, review and re-processing of submissions. The outbox relay comes from OutboxModule. */
@Module({
  controllers: [SubmissionsController, ReviewController],
  providers: [IngestionService, SubmissionsService, ReviewService, UploadInterceptor, SubmissionEventStreams],
  exports: [IngestionService],
})
export class SubmissionsModule {}
