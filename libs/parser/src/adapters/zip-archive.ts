import { unzipSync } from 'fflate';
import { ParseError, type ParseErrorCode } from '../errors';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  /** As the central directory declares it; reading never inflates past it. */
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General-purpose flag bit 0 in the central directory: the entry's data is encrypted. */
  encrypted: boolean;
}

/** A Word document, workbook or spreadsheet has tens to a few hundred parts. */
export const MAX_ZIP_ENTRIES = 5000;

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/**
 * Lists a ZIP archive's entries from its central directory (fflate) without inflating anything, so a format
 * check or a size check costs nothing even on hostile input. Null when the directory is unreadable; an archive
 * listing more than `MAX_ZIP_ENTRIES` parts is refused as too large.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  const flags = centralDirectoryFlags(bytes);
  let tooMany = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        tooMany ||= entries.length >= MAX_ZIP_ENTRIES;
        if (!tooMany) {
          const encrypted = ((flags?.[entries.length] ?? 0) & 1) === 1;
          entries.push({
            name: file.name,
            compressedSize: file.size,
            uncompressedSize: file.originalSize,
            method: file.compression,
            encrypted,
          });
        }
        return false;
      },
    });
  } catch {
    return null;
  }
  if (tooMany) {
    throw new ParseError(
      'file_too_large',
      `The file holds more than ${MAX_ZIP_ENTRIES} parts, more than any self-assessment needs. Save it as PDF.`,
    );
  }
  // A directory that points past the data lists nameless entries.
  return entries.every((e) => e.name !== '') ? entries : null;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * Where the end-of-central-directory record nearest the end starts, or -1: it sits in the last 22 bytes plus a
 * comment of up to 65,535.
 */
export function endOfDirectoryAt(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  return -1;
}

/**
 * Whether a ZIP's central directory marks any entry encrypted (flag bit 0), read without inflating anything. A
 * directory that cannot be found or walked says nothing: format detection reports such a file as damaged.
 */
export function zipHasEncryptedEntry(bytes: Uint8Array): boolean {
  return isZip(bytes) && (centralDirectoryFlags(bytes)?.some((flags) => (flags & 1) === 1) ?? false);
}

/**
 * The general-purpose flags of each central directory entry, in directory order (the order fflate lists them in),
 * read without inflating anything; null when the directory cannot be found. fflate does not report these flags.
 */
function centralDirectoryFlags(bytes: Uint8Array): number[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number): number => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const end = endOfDirectoryAt(bytes);
  if (end < 0) return null;
  let count = u16(end + 10);
  let offset = u32(end + 16);
  if ((count === 0xffff || offset === 0xffffffff) && u32(end - 20) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 20 + 8, true));
    if (u32(record) !== ZIP64_END_OF_DIRECTORY || record + 56 > bytes.length) return null;
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  const flags: number[] = [];
  for (let at = offset, i = 0; i < Math.min(count, MAX_ZIP_ENTRIES + 1); i++) {
    if (u32(at) !== DIRECTORY_ENTRY) return null;
    flags.push(u16(at + 8));
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return flags;
}

/**
 * The bytes of one small entry, inflated no further than it declares; null when the entry is missing or damaged,
 * uses another compression method, or declares more than `maxBytes`.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  if (entry.uncompressedSize > maxBytes) return null;
  if (entry.method !== 8 && !(entry.method === 0 && entry.compressedSize === entry.uncompressedSize))
    return null;
  let seen = false;
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = !seen && file.name === entry.name && file.originalSize === entry.uncompressedSize;
        seen ||= wanted;
        return wanted;
      },
    });
    return files[entry.name] ?? null;
  } catch {
    return null;
  }
}

/** The refusal of a password-protected file, under the format's malformed `code`, naming the `document`. */
export function passwordProtectedError(
  code: ParseErrorCode,
  document: string,
  details: Record<string, unknown> = {},
): ParseError {
  return new ParseError(
    code,
    `The ${document} is password protected, so its contents cannot be read. Save a copy without the password and upload that.`,
    {
      passwordProtected: true,
      ...details,
    },
  );
}

/**
 * The archive's entries, refused before anything is inflated when the parts `counted` declare more than `maxBytes`
 * together: `damaged()` when the directory cannot be read, `file_too_large` with `tooLarge` as its message. An
 * archive with an encrypted entry is refused with the code of `damaged()`, a message naming the `document` ("Word
 * document") and `passwordProtected` in its details.
 */
export function readSizedDirectory(
  bytes: Uint8Array,
  maxBytes: number,
  errors: { damaged: () => ParseError; tooLarge: string; document: string },
  counted: (entry: ZipEntry) => boolean = () => true,
): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  if (!entries) throw errors.damaged();
  const encrypted = entries.filter((e) => e.encrypted);
  if (encrypted.length > 0)
    throw passwordProtectedError(errors.damaged().code, errors.document, {
      encryptedEntries: encrypted.length,
    });
  const unpacked = entries.filter(counted).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > maxBytes)
    throw new ParseError('file_too_large', errors.tooLarge, { uncompressedBytes: unpacked });
  return entries;
}
