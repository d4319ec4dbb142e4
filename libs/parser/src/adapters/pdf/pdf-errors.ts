import { ParseError, isParseError } from '../../errors';

function errorName(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as { name: unknown }).name)
    : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function encryptedError(): ParseError {
  return new ParseError(
    'pdf_encrypted',
    'The PDF is protected by a password, so it cannot be read. Remove the password (for example by saving an unprotected copy) and upload it again.',
  );
}

export function malformedError(reason: string, details: Record<string, unknown> = {}): ParseError {
  return new ParseError('pdf_malformed', `The PDF file is damaged or incomplete (${reason}). Export the document to PDF again and upload the new file.`, details);
}

export function noTextError(pageCount: number, pagesWithImages: number): ParseError {
  return new ParseError(
    'pdf_no_text',
    'The PDF has no text layer: it looks like a scanned document. Scanned documents need a text layer to be read; OCR is not yet supported. Upload the original document, or a PDF exported from it.',
    { pageCount, pagesWithImages },
  );
}

export function tooManyPagesError(pageCount: number, maxPages: number): ParseError {
  return new ParseError(
    'pdf_too_many_pages',
    `The PDF has ${pageCount} pages; at most ${maxPages} can be read. Upload only the self-assessment pages.`,
    { pageCount, maxPages },
  );
}

const PDFJS_ERRORS = new Set([
  'PasswordException',
  'InvalidPDFException',
  'FormatError',
  'UnknownErrorException',
  'MissingPDFException',
  'UnexpectedResponseException',
  'ResponseException',
  'AbortException',
  'XRefParseException',
]);

/**
 * Turns what pdfjs threw into a ParseError with a code the rest of the system understands. Anything
 * else (a fault in this adapter) is returned unchanged so it is not mistaken for a bad file.
 */
export function toParseError(error: unknown): unknown {
  if (isParseError(error)) return error;
  const name = errorName(error);
  if (name === 'PasswordException') return encryptedError();
  if (PDFJS_ERRORS.has(name)) return malformedError(errorMessage(error) || name, { cause: name });
  return error;
}
