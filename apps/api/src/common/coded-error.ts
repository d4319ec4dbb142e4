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

/** A feature's codes, each with its one HTTP status: `{ NotFound: ['not_found', HttpStatus.NOT_FOUND] }`. */
type CatalogueTable = Record<string, readonly [code: string, status: HttpStatus]>;

/** The code type of a catalogue's `codes`, used as an enum is. */
export type CodeOf<Codes extends Record<string, string>> = Codes[keyof Codes];

/**
 * One feature's error catalogue from one table: `codes` (name → code, used as an enum), the status of each
 * code, and `error(code, 'what to do')`, the exception for that code with its status.
 */
export function errorCatalogue<const Table extends CatalogueTable>(table: Table) {
  type Code = Table[keyof Table][0];
  const codes = Object.fromEntries(Object.entries(table).map(([name, [code]]) => [name, code])) as {
    readonly [Name in keyof Table]: Table[Name][0];
  };
  const statuses = new Map<string, HttpStatus>(Object.values(table));
  const statusOf = (code: Code): HttpStatus => statuses.get(code) ?? HttpStatus.INTERNAL_SERVER_ERROR;
  return {
    codes,
    statusOf,
    error: (code: Code, message: string, details?: Record<string, unknown>): HttpException =>
      codedError(code, statusOf(code), message, details),
  };
}
