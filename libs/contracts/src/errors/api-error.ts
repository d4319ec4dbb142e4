/** The body of every error response. `code` is stable and machine-readable; `message` says what to do. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  requestId?: string;
  details?: Record<string, unknown>;
}
