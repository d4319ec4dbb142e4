import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { SubmissionError, SubmissionErrorCode } from './submission.errors';
import { tooLarge } from './upload-file';

export const UPLOAD_FIELD = 'file';

/**
 * Reads one multipart file (field "file") into memory, refusing anything above UPLOAD_MAX_BYTES as it streams
 * in, and turns multer's errors into messages that say what to do.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly handler: RequestHandler;

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    this.handler = multer({
      storage: multer.memoryStorage(),
      limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
      defParamCharset: 'utf8',
    }).single(UPLOAD_FIELD);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    await new Promise<void>((resolve, reject) => {
      this.handler(req, res, (error: unknown) => (error ? reject(this.translate(error)) : resolve()));
    });
    return next.handle();
  }

  private translate(error: unknown): unknown {
    if (!(error instanceof MulterError)) return error;
    switch (error.code) {
      case 'LIMIT_FILE_SIZE':
        return tooLarge(this.config.UPLOAD_MAX_BYTES);
      case 'LIMIT_UNEXPECTED_FILE':
      case 'LIMIT_FILE_COUNT':
        return new SubmissionError(
          SubmissionErrorCode.FileMissing,
          `Send one document per upload, in the multipart form field "${UPLOAD_FIELD}".`,
        );
      default:
        return new SubmissionError(
          SubmissionErrorCode.FileMissing,
          `The upload form could not be read (${error.message}). Send the document in the multipart form field "${UPLOAD_FIELD}", with the optional fields landlordId and assessmentYear.`,
        );
    }
  }
}
