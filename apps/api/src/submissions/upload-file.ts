import { createHash } from 'node:crypto';
import { ACCEPTED_FORMATS_TEXT, SUBMISSION_FAILURES, type SourceFormatValue } from '@app/contracts';
import { detectFormat, isParseError } from '@app/parser';
import { SubmissionError, SubmissionErrorCode } from './submission.errors';

export interface InspectedUpload {
  format: SourceFormatValue;
  mediaType: string;
  sha256: string;
}

const MEDIA_TYPES: Record<SourceFormatValue, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  text: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

export function tooLarge(maxBytes: number): SubmissionError {
  return new SubmissionError(
    SubmissionErrorCode.FileTooLarge,
    SUBMISSION_FAILURES.file_too_large.message({ maxBytes }),
    { maxBytes },
  );
}

/**
 * Checks an upload before anything is stored: not empty, within the size limit, and a format we read, decided
 * from the bytes (the parser's own detection; the file name and the browser's media type are not trusted).
 * A damaged Word file is accepted as DOCX: the worker records why it cannot be read, and the original is kept.
 */
export function inspectUpload(bytes: Buffer, fileName: string, maxBytes: number): InspectedUpload {
  if (bytes.length === 0) {
    throw new SubmissionError(SubmissionErrorCode.EmptyFile, SUBMISSION_FAILURES.empty_file.message());
  }
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  let format: SourceFormatValue;
  try {
    format = detectFormat(bytes);
  } catch (error) {
    if (isParseError(error) && error.code === 'docx_malformed') format = 'docx';
    else {
      throw new SubmissionError(
        SubmissionErrorCode.UnsupportedFormat,
        `We cannot read this type of file${isParseError(error) ? ` (${error.message.replace(/\.$/, '')})` : ''}. Upload the self-assessment as ${ACCEPTED_FORMATS_TEXT}.`,
        { accepted: ['pdf', 'docx', 'xlsx', 'ods', 'html', 'text', 'markdown'] },
      );
    }
  }
  const mediaType = format === 'text' && /\.(md|markdown)$/i.test(fileName) ? 'text/markdown' : MEDIA_TYPES[format];
  return { format, mediaType, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A safe name for storing and for Content-Disposition: no path, no control characters, bounded length. */
export function cleanFileName(name: string | undefined, format: SourceFormatValue): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return cleaned || `self-assessment.${format === 'text' ? 'txt' : format}`;
}
