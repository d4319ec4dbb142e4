import { HttpStatus } from '@nestjs/common';
import type { ApiErrorBody } from '@app/contracts';

// PostgreSQL SQLSTATEs of a server going away or refusing connections (class 08, 57P01-57P03, 53300).
const UNAVAILABLE_SQLSTATES = new Set(['08000', '08001', '08003', '08004', '08006', '57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_SYSCALL_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|terminating connection|connection is closed|Connection is closed|the database system is (starting up|shutting down)/i;

function codeOf(error: unknown): unknown {
  if (!error || typeof error !== 'object') return undefined;
  const driver = (error as { driverError?: unknown }).driverError;
  return (driver && typeof driver === 'object' ? (driver as { code?: unknown }).code : undefined) ?? (error as { code?: unknown }).code;
}

/**
 * A request that failed because PostgreSQL could not be reached (down, restarting, its connections cut):
 * 503 with a code and a message that says nothing was lost, instead of a 500 or a hang.
 */
export function dependencyOutage(exception: unknown): ApiErrorBody | null {
  const code = codeOf(exception);
  const message = exception instanceof Error ? exception.message : '';
  const unavailable =
    (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SYSCALL_CODES.has(code))) || UNAVAILABLE_MESSAGES.test(message);
  if (!unavailable) return null;
  return {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    code: 'database_unavailable',
    message: 'The service cannot reach its database just now, so nothing was saved. Try again in a minute.',
  };
}
