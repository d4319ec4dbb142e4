import { DEFAULT_FAILURE_LIMITS } from '@app/contracts';

/** The formats the parser reads, by extension and by the MIME types browsers report for them. */
export const ACCEPTED_EXTENSIONS = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.ods',
  '.html',
  '.htm',
  '.txt',
  '.md',
  '.markdown',
] as const;

const ACCEPTED_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/html',
  'text/plain',
  'text/markdown',
]);

/** The API's default upload limit (UPLOAD_MAX_BYTES); the API has the last word. */
export const MAX_UPLOAD_BYTES = DEFAULT_FAILURE_LIMITS.maxBytes;

/** The `accept` attribute for the file input. */
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_EXTENSIONS, ...ACCEPTED_TYPES].join(',');

export type FileProblem = 'none_selected' | 'empty' | 'wrong_type' | 'too_large';

export interface FileLike {
  name: string;
  size: number;
  type: string;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** What is wrong with a chosen file before it is sent, or null when it can be uploaded. */
export function checkFile(file: FileLike | null, maxBytes = MAX_UPLOAD_BYTES): FileProblem | null {
  if (!file) return 'none_selected';
  const extension = extensionOf(file.name);
  const knownExtension = (ACCEPTED_EXTENSIONS as readonly string[]).includes(extension);
  // Browsers leave the type empty for some files; then the extension decides.
  if (!knownExtension && !(file.type && ACCEPTED_TYPES.has(file.type))) return 'wrong_type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'too_large';
  return null;
}

/** "2.4 MB", "850 KB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
