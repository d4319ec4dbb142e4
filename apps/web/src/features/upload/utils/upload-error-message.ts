import { formatBytes, MAX_UPLOAD_BYTES } from './validate-file';

export interface UploadErrorMessage {
  /** What went wrong, in one line. */
  title: string;
  /** What to do next. */
  action: string;
}

const SAVE_AS_PDF =
  'In your word processor, use "Save as" or "Export" and choose PDF, then upload that file.';

/**
 * Turns an error code from the upload request or from processing (the submission's errorCode)
 * into a message that says what went wrong and what to do next.
 */
export function uploadErrorMessage(
  code: string | null | undefined,
  serverMessage?: string | null,
): UploadErrorMessage {
  switch (code) {
    case 'none_selected':
      return {
        title: 'Select a self-assessment file',
        action: 'Choose a PDF, Word (.docx), web page (.html), text (.txt) or Markdown (.md) file.',
      };
    case 'wrong_type':
    case 'unsupported_media_type':
    case 'unsupported_format':
      return {
        title:
          'The selected file must be a PDF, Word (.docx), web page (.html), text (.txt) or Markdown (.md) file',
        action: `Other formats such as .doc, .xlsx or images cannot be read. ${SAVE_AS_PDF}`,
      };
    case 'empty':
    case 'empty_file':
      return {
        title: 'The selected file is empty',
        action: 'Check you chose the right file, then upload it again.',
      };
    case 'too_large':
    case 'payload_too_large':
    case 'file_too_large':
      return {
        title: `The selected file must be smaller than ${formatBytes(MAX_UPLOAD_BYTES)}`,
        action: 'Remove images or appendices from the document, or upload only the self-assessment table.',
      };
    case 'pdf_encrypted':
      return {
        title: 'The PDF is password-protected',
        action:
          'Save a copy without the password or restrictions (or export it again from the original document), then upload that copy.',
      };
    case 'pdf_no_text':
      return {
        title: 'The PDF has no text we can read – it looks like a scan or an image',
        action: 'Upload the original Word document or a PDF exported from it, rather than a scanned copy.',
      };
    case 'pdf_malformed':
    case 'docx_malformed':
      return {
        title: 'The file is damaged or not a valid document',
        action: 'Open it on your computer to check it works, save it again, then upload the new copy.',
      };
    case 'pdf_too_many_pages':
      return {
        title: 'The PDF has too many pages',
        action: 'Upload only the self-assessment form rather than the whole annual report.',
      };
    case 'no_table_found':
      return {
        title: 'We could not find the self-assessment table in the document',
        action:
          'Check the file contains the self-assessment with a column for the Code provision and one for compliance (Yes or No). If it is inside a larger report, upload the self-assessment on its own.',
      };
    case 'parse_timeout':
      return {
        title: 'The document took too long to read',
        action: 'Try again later. If it happens again, upload only the self-assessment pages.',
      };
    case 'processing_failed':
      return {
        title: 'Something went wrong on our side while reading the file',
        action:
          'Upload the file again later. If it keeps happening, contact your account administrator and give them the file name.',
      };
    case 'network':
      return {
        title: 'The upload did not reach the service',
        action: 'Check your internet connection, then upload the file again. Nothing was saved.',
      };
    case 'unauthenticated':
      return { title: 'You have been signed out', action: 'Sign in again, then upload the file again.' };
    case 'forbidden':
      return {
        title: 'You cannot upload for this landlord',
        action: 'Choose the landlord your account belongs to, or ask your account administrator for access.',
      };
    case 'too_many_requests':
      return { title: 'Too many uploads in a short time', action: 'Wait a few minutes, then try again.' };
    default:
      return {
        title: serverMessage || 'The file could not be uploaded or read',
        action:
          'Try again. If it keeps happening, contact your account administrator and give them the file name.',
      };
  }
}
