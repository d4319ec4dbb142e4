/** Why a submission failed. Stored in the database and sent over the wire: never rename one. */
export const SUBMISSION_ERROR_CODES = [
  'unsupported_format',
  'empty_file',
  'file_too_large',
  'docx_malformed',
  'pdf_encrypted',
  /** A password-protected Word or Excel file (refused at upload: its contents cannot be read without the password). */
  'document_encrypted',
  'pdf_no_text',
  'pdf_malformed',
  'pdf_too_many_pages',
  'parse_timeout',
  /** The parse process passed PARSE_MAX_MEMORY_MB and was stopped. */
  'parse_out_of_memory',
  'no_table_found',
  'xlsx_malformed',
  'ods_malformed',
  /** Not the document's fault: processing kept failing on our side (after every retry). */
  'processing_failed',
] as const;
export type SubmissionErrorCode = (typeof SUBMISSION_ERROR_CODES)[number];

/** The limits a failure message may quote; the server fills them from its settings. */
export interface FailureLimits {
  maxPages: number;
  maxBytes: number;
  timeoutMs: number;
  /** PARSE_MAX_MEMORY_MB: memory one parse may use. */
  maxMemoryMb: number;
}

/**
 * The defaults of `UPLOAD_MAX_BYTES`, `PARSE_MAX_PAGES` and `PARSE_TIMEOUT_MS` (libs/config reads them from here);
 * the server's settings have the last word.
 */
export const DEFAULT_FAILURE_LIMITS: FailureLimits = { maxBytes: 25 * 1024 * 1024, maxPages: 300, timeoutMs: 60_000, maxMemoryMb: 1024 };

/** "25 MB", "2.5 MB": a size limit as people read it. */
export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export interface SubmissionFailureText {
  /** What went wrong, in one line. */
  title: string;
  /** What to do about it, quoting the server's limits (an entry declares the ones it quotes). */
  message: (limits: FailureLimits) => string;
}

export const ACCEPTED_FORMATS_TEXT =
  'a PDF, a Word document (.docx), an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), an HTML page, or a plain text or Markdown file';

/**
 * What the uploader reads when a submission fails: one entry per code, so a new code does not compile
 * until it has a title and a message. The worker stores `message` with the submission; the dashboard
 * shows `title` and the stored message.
 */
export const SUBMISSION_FAILURES = {
  unsupported_format: {
    title: 'The selected file must be a PDF, Word (.docx), Excel (.xlsx), OpenDocument spreadsheet (.ods), web page (.html), text (.txt) or Markdown (.md) file',
    message: () =>
      'We could not read this type of file. Upload the self-assessment as a PDF, a Word document (.docx), an Excel workbook (.xlsx) or OpenDocument spreadsheet (.ods), an HTML page or a text/Markdown file.',
  },
  empty_file: {
    title: 'The selected file is empty',
    message: () => 'The file is empty. Check that you chose the right file and upload it again.',
  },
  file_too_large: {
    title: 'The selected file must be smaller than the upload limit',
    message: ({ maxBytes }: Pick<FailureLimits, 'maxBytes'>) =>
      `The file is larger than the ${megabytes(maxBytes)} limit. Upload just the self-assessment form, or save it without embedded images, and try again.`,
  },
  docx_malformed: {
    title: 'The file is damaged or not a valid document',
    message: () =>
      'The Word document is damaged and cannot be opened. Open it in Word, save it again as .docx (or export it as PDF) and upload the new file.',
  },
  xlsx_malformed: {
    title: 'The Excel workbook is damaged or not a valid workbook',
    message: () =>
      'The Excel workbook is damaged and cannot be opened. Open it in Excel, save it again as .xlsx (or export the self-assessment as PDF) and upload the new file.',
  },
  ods_malformed: {
    title: 'The OpenDocument spreadsheet is damaged or not a valid spreadsheet',
    message: () =>
      'The OpenDocument spreadsheet (.ods) is damaged and cannot be opened. Open it in LibreOffice Calc, save it again as .ods or .xlsx (or export the self-assessment as PDF) and upload the new file.',
  },
  pdf_encrypted: {
    title: 'The PDF is password-protected',
    message: () =>
      'The PDF is protected with a password. Remove the password (or print it to a new PDF without protection) and upload it again.',
  },
  document_encrypted: {
    title: 'The file is password-protected',
    message: () =>
      'The Word or Excel file is protected with a password, so we cannot read it. Open it, remove the password (in Word or Excel: File > Info > Protect > Encrypt with Password, then clear the password), save it and upload it again.',
  },
  pdf_no_text: {
    title: 'The PDF has no text we can read – it looks like a scan or an image',
    message: () =>
      'The PDF has no text layer: it looks like a scanned image. Scanned documents need a text layer; upload the original Word or exported PDF, or run text recognition (OCR) on the scan and upload the result.',
  },
  pdf_malformed: {
    title: 'The file is damaged or not a valid document',
    message: () => 'The PDF is damaged and cannot be read. Export it again from the original document and upload the new copy.',
  },
  pdf_too_many_pages: {
    title: 'The PDF has too many pages',
    message: ({ maxPages }: Pick<FailureLimits, 'maxPages'>) =>
      `The PDF has more than ${maxPages} pages. Upload just the self-assessment form (usually an appendix of a few pages).`,
  },
  parse_timeout: {
    title: 'The document took too long to read',
    message: ({ timeoutMs }: Pick<FailureLimits, 'timeoutMs'>) =>
      `Reading the document took longer than ${Math.round(timeoutMs / 1000)} seconds. Upload just the self-assessment form, or a Word or HTML version of it.`,
  },
  parse_out_of_memory: {
    title: 'The document needs too much memory to read',
    message: ({ maxMemoryMb }: Pick<FailureLimits, 'maxMemoryMb'>) =>
      `This document needs more than ${maxMemoryMb} MB of memory to read, the limit for one document, so reading it was stopped. Upload just the self-assessment form, saved again as a standard PDF, Word or HTML file without embedded images.`,
  },
  no_table_found: {
    title: 'We could not find the self-assessment table in the document',
    message: () =>
      'We could not find the self-assessment table (provision, requirement and "comply" columns) in this file. Check that it is the Complaint Handling Code self-assessment and that the table is text, not a picture, then upload it again.',
  },
  processing_failed: {
    title: 'Something went wrong on our side while reading the file',
    message: () =>
      'We could not process this file because of a problem on our side. The file is kept safely: an analyst can re-process it, or you can upload it again later.',
  },
} satisfies Record<SubmissionErrorCode, SubmissionFailureText>;

export function isSubmissionErrorCode(code: string | null | undefined): code is SubmissionErrorCode {
  return (SUBMISSION_ERROR_CODES as readonly string[]).includes(code ?? '');
}
