import type { SubmissionErrorCode } from '@app/contracts';

export interface FailureContext {
  maxPages: number;
  maxBytes: number;
  timeoutMs: number;
  maxMemoryMb: number;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * What the uploader reads when a submission fails: what went wrong and what to do about it.
 * One entry per error code, so a new code does not compile until it has a message.
 */
export const FAILURE_MESSAGES: Record<SubmissionErrorCode, (context: FailureContext) => string> = {
  unsupported_format: () =>
    'We could not read this type of file. Upload the self-assessment as a PDF, a Word document (.docx), an HTML page or a text/Markdown file.',
  empty_file: () => 'The file is empty. Check that you chose the right file and upload it again.',
  file_too_large: ({ maxBytes }) =>
    `The file is larger than the ${megabytes(maxBytes)} limit. Upload just the self-assessment form, or save it without embedded images, and try again.`,
  docx_malformed: () =>
    'The Word document is damaged and cannot be opened. Open it in Word, save it again as .docx (or export it as PDF) and upload the new file.',
  pdf_encrypted: () =>
    'The PDF is protected with a password. Remove the password (or print it to a new PDF without protection) and upload it again.',
  pdf_no_text: () =>
    'The PDF has no text layer: it looks like a scanned image. Scanned documents need a text layer; upload the original Word or exported PDF, or run text recognition (OCR) on the scan and upload the result.',
  pdf_malformed: () =>
    'The PDF is damaged and cannot be read. Export it again from the original document and upload the new copy.',
  pdf_too_many_pages: ({ maxPages }) =>
    `The PDF has more than ${maxPages} pages. Upload just the self-assessment form (usually an appendix of a few pages).`,
  parse_timeout: ({ timeoutMs }) =>
    `Reading the document took longer than ${Math.round(timeoutMs / 1000)} seconds. Upload just the self-assessment form, or a Word or HTML version of it.`,
  parse_out_of_memory: ({ maxMemoryMb }) =>
    `This document needs more than ${maxMemoryMb} MB of memory to read, the limit for one document, so reading it was stopped. Upload just the self-assessment form, saved again as a standard PDF, Word or HTML file without embedded images.`,
  no_table_found: () =>
    'We could not find the self-assessment table (provision, requirement and "comply" columns) in this file. Check that it is the Complaint Handling Code self-assessment and that the table is text, not a picture, then upload it again.',
  processing_failed: () =>
    'We could not process this file because of a problem on our side. The file is kept safely: an analyst can re-process it, or you can upload it again later.',
};

export function failureMessage(code: string, context: FailureContext): { code: SubmissionErrorCode; message: string } {
  const known = (Object.keys(FAILURE_MESSAGES) as SubmissionErrorCode[]).find((c) => c === code);
  const resolved: SubmissionErrorCode = known ?? 'processing_failed';
  return { code: resolved, message: FAILURE_MESSAGES[resolved](context) };
}
