import { type CallHandler, type ExecutionContext, Inject, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import { defer, lastValueFrom, type Observable } from 'rxjs';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { SubmissionError, SubmissionErrorCode } from './submission.errors';
import { tooLarge } from './upload-file';
import { removeStaleUploads, removeTemporaryUpload, StreamingUploadStorage } from './upload-storage';

export const UPLOAD_FIELD = 'file';

/** A temporary upload older than this was left by a process that died; it is removed at start-up. */
const STALE_UPLOAD_MS = 60 * 60 * 1000;

/**
 * Streams one multipart file (field "file") to a temporary file in UPLOAD_TMP_DIR, hashing it on the way and
 * refusing anything above UPLOAD_MAX_BYTES as it streams in, and turns multer's errors into messages that say
 * what to do. The temporary file is removed once the route has answered, whatever the outcome; multer removes
 * it itself when the upload fails or the client goes away.
 */
@Injectable()
export class UploadInterceptor implements NestInterceptor {
  private readonly handler: RequestHandler;
  private readonly logger = new Logger(UploadInterceptor.name);

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {
    void removeStaleUploads(config.UPLOAD_TMP_DIR, STALE_UPLOAD_MS).then(
      (removed) => removed && this.logger.warn(`removed ${removed} temporary upload(s) left by an earlier process`),
      (error: unknown) => this.logger.warn(`could not look for old temporary uploads: ${String(error)}`),
    );
    this.handler = multer({
      storage: new StreamingUploadStorage(config.UPLOAD_TMP_DIR),
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
    const path = req.file?.path;
    if (!path) return next.handle();
    // The file goes before the answer does, whatever the route did with it.
    return defer(async () => {
      try {
        return await lastValueFrom(next.handle(), { defaultValue: undefined });
      } finally {
        await removeTemporaryUpload(path).catch((error: unknown) => this.logger.warn(`could not remove ${path}: ${String(error)}`));
      }
    });
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
