import type { ApiErrorBody } from '@app/contracts';

/** Code used when the request never reached the API (offline, DNS, connection refused). */
export const NETWORK_ERROR_CODE = 'network';

/** An error answered by the API (or a network failure, with status 0), carrying the stable error code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly statusCode: number;
  readonly code: string;
  readonly requestId?: string;
  readonly details?: Record<string, unknown>;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.statusCode = body.statusCode;
    this.code = body.code;
    this.requestId = body.requestId;
    this.details = body.details;
  }

  static network(): ApiError {
    return new ApiError({
      statusCode: 0,
      code: NETWORK_ERROR_CODE,
      message: 'The service could not be reached. Check your connection and try again.',
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads an ApiErrorBody from a failed response's text, falling back to one built from the status. */
export function toApiError(statusCode: number, text: string): ApiError {
  try {
    const parsed = JSON.parse(text) as Partial<ApiErrorBody>;
    if (typeof parsed.code === 'string' && typeof parsed.message === 'string') {
      return new ApiError({ ...parsed, statusCode: parsed.statusCode ?? statusCode } as ApiErrorBody);
    }
  } catch {
    // Not JSON: a proxy or server error page.
  }
  return new ApiError({
    statusCode,
    code: statusCode >= 500 ? 'internal_error' : 'error',
    message:
      statusCode >= 500
        ? 'Something went wrong on our side. Try again in a few minutes.'
        : `The request was refused (HTTP ${statusCode}).`,
  });
}
