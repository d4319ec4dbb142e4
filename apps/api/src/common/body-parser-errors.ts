import type { ApiErrorBody } from '@app/contracts';
import type { NextFunction, Request, Response } from 'express';

const ANSWERS: Record<string, Omit<ApiErrorBody, 'requestId'>> = {
  'entity.too.large': {
    statusCode: 413,
    code: 'payload_too_large',
    message: 'The request body is too large. Send less data at once.',
  },
  'entity.parse.failed': {
    statusCode: 400,
    code: 'bad_request',
    message: 'The request body is not valid JSON. Check its syntax.',
  },
  'encoding.unsupported': {
    statusCode: 415,
    code: 'unsupported_media_type',
    message: "The request body's encoding is not supported; send UTF-8.",
  },
  'charset.unsupported': {
    statusCode: 415,
    code: 'unsupported_media_type',
    message: "The request body's character set is not supported; send UTF-8.",
  },
  'request.aborted': {
    statusCode: 400,
    code: 'bad_request',
    message: 'The request was interrupted. Try again.',
  },
};

/**
 * Errors from the body parsers happen before Nest's exception filter sees the request; answer them
 * in the same JSON shape, without Express's default HTML page and stack trace.
 */
export function bodyParserErrors() {
  return (error: unknown, req: Request & { id?: unknown }, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: unknown }).type;
    const status = (error as { status?: unknown }).status;
    const known = typeof type === 'string' ? ANSWERS[type] : undefined;
    const body: ApiErrorBody = known ?? {
      statusCode: typeof status === 'number' && status >= 400 && status < 500 ? status : 400,
      code: 'bad_request',
      message: 'The request body could not be read. Check its format and try again.',
    };
    res.status(body.statusCode).json({ ...body, requestId: typeof req.id === 'string' ? req.id : undefined });
  };
}
