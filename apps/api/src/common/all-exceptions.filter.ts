import type { ApiErrorBody } from '@app/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';
import { dependencyOutage } from './dependency-outage';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'unprocessable',
  423: 'locked',
  429: 'too_many_requests',
  503: 'unavailable',
};

/**
 * The one place errors become HTTP responses: a stable code, a message that says what to do,
 * the request id; never a stack trace or SQL.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const body = this.toBody(exception);
    body.requestId = request.id;
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.message : String(exception), exception instanceof Error ? exception.stack : undefined);
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const message = Array.isArray(fields['message'])
        ? (fields['message'] as unknown[]).map(String).join('; ')
        : typeof fields['message'] === 'string'
          ? fields['message']
          : typeof raw === 'string'
            ? raw
            : exception.message;
      const code = typeof fields['code'] === 'string' ? fields['code'] : (CODE_BY_STATUS[statusCode] ?? 'error');
      const details = typeof fields['details'] === 'object' ? (fields['details'] as Record<string, unknown>) : undefined;
      return { statusCode, code, message, ...(details ? { details } : {}) };
    }
    const database = this.fromDatabase(exception) ?? dependencyOutage(exception);
    if (database) return database;
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'internal_error',
      message: 'Something went wrong on our side. Please try again; if it keeps happening, contact support with the request id.',
    };
  }

  /**
   * Database errors that a request can cause, as generic answers: never the SQL, the constraint or
   * the values. Anything else from the database is a 500 like any other fault.
   */
  private fromDatabase(exception: unknown): ApiErrorBody | null {
    if (exception instanceof EntityNotFoundError) {
      return { statusCode: HttpStatus.NOT_FOUND, code: 'not_found', message: 'That item was not found. Check the link, or go back to the list.' };
    }
    if (!(exception instanceof QueryFailedError)) return null;
    const sqlState = (exception.driverError as { code?: unknown } | undefined)?.code;
    switch (sqlState) {
      case '23505':
        return {
          statusCode: HttpStatus.CONFLICT,
          code: 'conflict',
          message: 'This would duplicate something that already exists. Reload the page to see the current data and try again.',
        };
      case '23503':
        return {
          statusCode: HttpStatus.CONFLICT,
          code: 'conflict',
          message: 'This refers to, or is still used by, other records. Reload the page and check the related items first.',
        };
      case '40001':
      case '40P01':
        return {
          statusCode: HttpStatus.CONFLICT,
          code: 'conflict',
          message: 'Someone else changed this at the same moment. Try again.',
        };
      case '22P02':
      case '23514':
      case '22001':
      case '22003':
        return { statusCode: HttpStatus.BAD_REQUEST, code: 'bad_request', message: 'A value in the request is not valid here. Check the fields and try again.' };
      default:
        return null;
    }
  }
}
