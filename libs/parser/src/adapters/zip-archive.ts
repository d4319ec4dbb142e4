import { unzipSync } from 'fflate';
import { ParseError } from '../errors';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  /** As the central directory declares it; reading never inflates past it. */
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
}

/** A Word document, workbook or spreadsheet has tens to a few hundred parts. */
export const MAX_ZIP_ENTRIES = 5000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Lists a ZIP archive's entries from its central directory (fflate) without inflating anything, so a format
 * check or a size check costs nothing even on hostile input. Null when the directory is unreadable; an archive
 * listing more than `MAX_ZIP_ENTRIES` parts is refused as too large.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let tooMany = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        tooMany ||= entries.length >= MAX_ZIP_ENTRIES;
        if (!tooMany) {
          entries.push({ name: file.name, compressedSize: file.size, uncompressedSize: file.originalSize, method: file.compression });
        }
        return false;
      },
    });
  } catch {
    return null;
  }
  if (tooMany) {
    throw new ParseError('file_too_large', `The file holds more than ${MAX_ZIP_ENTRIES} parts, more than any self-assessment needs. Save it as PDF.`);
  }
  // A directory that points past the data lists nameless entries.
  return entries.every((e) => e.name !== '') ? entries : null;
}

/**
 * The bytes of one small entry, inflated no further than it declares; null when the entry is missing or damaged,
 * uses another compression method, or declares more than `maxBytes`.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  if (entry.uncompressedSize > maxBytes) return null;
  if (entry.method !== 8 && !(entry.method === 0 && entry.compressedSize === entry.uncompressedSize)) return null;
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

/**
 * The archive's entries, refused before anything is inflated when the parts `counted` declare more than `maxBytes`
 * together: `damaged()` when the directory cannot be read, `file_too_large` with `tooLarge` as its message.
 */
export function readSizedDirectory(
  bytes: Uint8Array,
  maxBytes: number,
  errors: { damaged: () => ParseError; tooLarge: string },
  counted: (entry: ZipEntry) => boolean = () => true,
): ZipEntry[] {
  const entries = readZipDirectory(bytes);
  if (!entries) throw errors.damaged();
  const unpacked = entries.filter(counted).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > maxBytes) throw new ParseError('file_too_large', errors.tooLarge, { uncompressedBytes: unpacked });
  return entries;
}
