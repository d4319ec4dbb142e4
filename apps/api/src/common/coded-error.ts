import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  InternalServerErrorException,
  NotFoundException,
  PayloadTooLargeException,
  UnauthorizedException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';

type ErrorBody = { code: string; message: string; details?: Record<string, unknown> };

/** Nest's own exception per status, so `instanceof NotFoundException` and friends keep working. */
const BY_STATUS: Partial<Record<HttpStatus, new (body: ErrorBody) => HttpException>> = {
  [HttpStatus.BAD_REQUEST]: BadRequestException,
  [HttpStatus.UNAUTHORIZED]: UnauthorizedException,
  [HttpStatus.FORBIDDEN]: ForbiddenException,
  [HttpStatus.NOT_FOUND]: NotFoundException,
  [HttpStatus.CONFLICT]: ConflictException,
  [HttpStatus.PAYLOAD_TOO_LARGE]: PayloadTooLargeException,
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: UnsupportedMediaTypeException,
  [HttpStatus.UNPROCESSABLE_ENTITY]: UnprocessableEntityException,
  [HttpStatus.INTERNAL_SERVER_ERROR]: InternalServerErrorException,
};

/**
 * An error a client sees: a stable code from its feature's catalogue (`*.errors.ts`), the HTTP status that
 * catalogue gives the code, and a message saying what to do. `AllExceptionsFilter` renders it.
 */
export function codedError(code: string, status: HttpStatus, message: string, details?: Record<string, unknown>): HttpException {
  const body: ErrorBody = { code, message, ...(details ? { details } : {}) };
  const Exception = BY_STATUS[status];
  return Exception ? new Exception(body) : new HttpException(body, status);
}

/** The error factory of one feature: its codes, each with its one HTTP status. */
export function errorCatalogue<Code extends string>(statuses: Record<Code, HttpStatus>) {
  return (code: Code, message: string, details?: Record<string, unknown>): HttpException =>
    codedError(code, statuses[code], message, details);
}
