import {
  DEFAULT_FAILURE_LIMITS,
  SUBMISSION_FAILURES,
  isSubmissionErrorCode,
  type SubmissionErrorCode,
} from '@app/contracts';
import { formatBytes } from './validate-file';

export interface UploadErrorMessage {
  /** What went wrong, in one line. */
  title: string;
  /** What to do next. */
  action: string;
}

/** The browser's own checks and the HTTP answers that mean the same as a catalogued failure. */
const SAME_AS: Record<string, SubmissionErrorCode> = {
  wrong_type: 'unsupported_format',
  unsupported_media_type: 'unsupported_format',
  empty: 'empty_file',
};

const TOO_LARGE: UploadErrorMessage = {
  title: `The selected file must be smaller than ${formatBytes(DEFAULT_FAILURE_LIMITS.maxBytes)}`,
  action: 'Remove images or appendices from the document, or upload only the self-assessment table.',
};

/** Problems only the browser sees (nothing reached the server, or the server refused the caller). */
const CLIENT_MESSAGES: Record<string, UploadErrorMessage> = {
  none_selected: {
    title: 'Select a self-assessment file',
    action:
      'Choose a PDF, Word (.docx), Excel (.xlsx), OpenDocument spreadsheet (.ods), web page (.html), text (.txt) or Markdown (.md) file.',
  },
  too_large: TOO_LARGE,
  payload_too_large: TOO_LARGE,
  network: {
    title: 'The upload did not reach the service',
    action: 'Check your internet connection, then upload the file again. Nothing was saved.',
  },
  unauthenticated: {
    title: 'You have been signed out',
    action: 'Sign in again, then upload the file again.',
  },
  forbidden: {
    title: 'You cannot upload for this landlord',
    action: 'Choose the landlord your account belongs to, or ask your account administrator for access.',
  },
  too_many_requests: {
    title: 'Too many uploads in a short time',
    action: 'Wait a few minutes, then try again.',
  },
};

/**
 * Turns an error code from the upload request or from processing (the submission's errorCode) into what went
 * wrong and what to do. Failures of a submission take their title from the shared catalogue and their action
 * from the server's message (which quotes the server's limits).
 */
export function uploadErrorMessage(
  code: string | null | undefined,
  serverMessage?: string | null,
): UploadErrorMessage {
  const client = code ? CLIENT_MESSAGES[code] : undefined;
  if (client) return client;
  const failure = code ? (SAME_AS[code] ?? code) : null;
  if (isSubmissionErrorCode(failure)) {
    const entry = SUBMISSION_FAILURES[failure];
    return { title: entry.title, action: serverMessage || entry.message(DEFAULT_FAILURE_LIMITS) };
  }
  return {
    title: serverMessage || 'The file could not be uploaded or read',
    action:
      'Try again. If it keeps happening, contact your account administrator and give them the file name.',
  };
}
