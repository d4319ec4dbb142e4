/** Why a document could not be parsed. Values are stored in the database: never rename one. */
export type ParseErrorCode =
  | 'unsupported_format'
  | 'empty_file'
  | 'file_too_large'
  | 'docx_malformed'
  | 'xlsx_malformed'
  | 'ods_malformed'
  | 'pdf_encrypted'
  | 'pdf_no_text'
  | 'pdf_malformed'
  | 'pdf_too_many_pages'
  | 'parse_timeout'
  | 'no_table_found';

/** Permanent failures: retrying the same bytes cannot succeed. */
export class ParseError extends Error {
  override readonly name = 'ParseError';

  constructor(
    readonly code: ParseErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isParseError(error: unknown): error is ParseError {
  return error instanceof ParseError;
}
