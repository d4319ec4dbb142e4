/** The document broke a hard limit of its parse process, which was stopped: a property of the document, never retried. */
export type ParseLimitCode = 'parse_timeout' | 'parse_out_of_memory';

export class ParseLimitError extends Error {
  override readonly name = 'ParseLimitError';

  constructor(
    readonly code: ParseLimitCode,
    message: string,
    readonly details: { elapsedMs: number; peakRssMb: number; limitMb: number; timeoutMs: number },
  ) {
    super(message);
  }
}

export function isParseLimitError(error: unknown): error is ParseLimitError {
  return error instanceof ParseLimitError;
}
