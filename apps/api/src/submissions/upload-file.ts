import { createHash } from 'node:crypto';
import { ACCEPTED_FORMATS_TEXT, SUBMISSION_FAILURES, type SourceFormatValue } from '@app/contracts';
import { detectFormat, isParseError, zipHasEncryptedEntry } from '@app/parser';
import { SubmissionError, SubmissionErrorCode } from './submission.errors';
import { compoundFileIsEncrypted, isCompoundFile } from './office-encryption';
import { readSniffBytes, withFileReads } from './upload-sniff';
import type { StreamedUpload } from './upload-storage';

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
 * Checks an upload held in memory before anything is stored: not empty, within the size limit, not
 * password-protected, and a format we read, decided from the bytes. Used for sample data; uploads go through
 * `inspectStreamedUpload`.
 */
export async function inspectUpload(bytes: Buffer, fileName: string, maxBytes: number): Promise<InspectedUpload> {
  checkSize(bytes.length, maxBytes);
  await refuseEncrypted(bytes, () => compoundFileIsEncrypted(async (at, length) => bytes.subarray(at, at + length), bytes.length));
  return { ...formatOf(bytes, fileName), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The same checks for an upload streamed to a temporary file, whose size and sha256 were measured on the way:
 * the format is decided from the bytes detection needs (`readSniffBytes`), never the whole file.
 */
export async function inspectStreamedUpload(upload: StreamedUpload, fileName: string, maxBytes: number): Promise<InspectedUpload> {
  checkSize(upload.size, maxBytes);
  const sniffed = await readSniffBytes(upload.path, upload.size);
  await refuseEncrypted(sniffed, () => withFileReads(upload.path, (read) => compoundFileIsEncrypted(read, upload.size)));
  return { ...formatOf(sniffed, fileName), sha256: upload.sha256 };
}

/**
 * A password-protected Word or Excel file is refused up front (422): nothing in it can be read without the
 * password, and the landlord can fix it in a minute. A ZIP is judged on the sniffed bytes (they hold its central
 * directory); `compoundFileEncrypted` reads what it needs of a file that starts like an OLE2 compound file.
 */
async function refuseEncrypted(sniffed: Buffer, compoundFileEncrypted: () => Promise<boolean>): Promise<void> {
  const encrypted = isCompoundFile(sniffed) ? await compoundFileEncrypted() : zipHasEncryptedEntry(sniffed);
  if (encrypted) {
    throw new SubmissionError(SubmissionErrorCode.DocumentEncrypted, SUBMISSION_FAILURES.document_encrypted.message());
  }
}

function checkSize(size: number, maxBytes: number): void {
  if (size === 0) {
    throw new SubmissionError(SubmissionErrorCode.EmptyFile, SUBMISSION_FAILURES.empty_file.message());
  }
  if (size > maxBytes) throw tooLarge(maxBytes);
}

/**
 * The format from the bytes (the parser's own detection; the file name and the browser's media type are not
 * trusted). A damaged Word file is accepted as DOCX: the worker records why it cannot be read, and the original
 * is kept.
 */
function formatOf(bytes: Uint8Array, fileName: string): Pick<InspectedUpload, 'format' | 'mediaType'> {
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
  return { format, mediaType };
}

/** A safe name for storing and for Content-Disposition: no path, no control characters, bounded length. */
export function cleanFileName(name: string | undefined, format: SourceFormatValue): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-200);
  return cleaned || `self-assessment.${format === 'text' ? 'txt' : format}`;
}
