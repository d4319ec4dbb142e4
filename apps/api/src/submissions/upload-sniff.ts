import { open, type FileHandle } from 'node:fs/promises';
import { endOfDirectoryAt } from '@app/parser';
import type { ReadAt } from './office-encryption';

/** Format detection reads the first 4 KB (PDF signature, markup, text encoding); more is kept for margin. */
const HEAD_BYTES = 64 * 1024;
/** The end-of-central-directory record (22 bytes) may be followed by a comment of up to 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export interface SniffOptions {
  /** Files up to this size are read whole (cheaper than three reads). */
  wholeUpTo?: number;
}

/**
 * The bytes format detection needs from a stored upload, without reading a big file whole: the first 64 KB,
 * or for a ZIP (DOCX, XLSX, ODS) those 64 KB followed by everything from the central directory to the end, with
 * the directory's offset rewritten to match. Detection finds the same entries there as in the whole file, and
 * can read an entry stored in the first 64 KB (an OpenDocument file's leading `mimetype`).
 * A ZIP whose directory cannot be found yields just its signature, which detection reports as damaged, as
 * it would for the whole file.
 */
export async function readSniffBytes(path: string, size: number, options: SniffOptions = {}): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    if (size <= (options.wholeUpTo ?? HEAD_BYTES + END_SEARCH)) return await readAt(file, 0, size);
    const head = await readAt(file, 0, HEAD_BYTES);
    if (!ZIP_SIGNATURE.every((byte, i) => head[i] === byte)) return head;
    const tailStart = Math.max(0, size - END_SEARCH);
    const tail = await readAt(file, tailStart, size - tailStart);
    const end = endOfDirectoryAt(tail);
    if (end < 0) return Buffer.from(head.subarray(0, ZIP_SIGNATURE.length));
    const endAt = tailStart + end;
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryAt = tail.readUInt32LE(end + 16);
    if (directoryAt + directorySize > size) return Buffer.from(head.subarray(0, ZIP_SIGNATURE.length));
    const from = Math.min(directoryAt, endAt);
    const rest = await readAt(file, from, size - from);
    rest.writeUInt32LE(head.length + (directoryAt - from), endAt - from + 16);
    return Buffer.concat([head, rest]);
  } finally {
    await file.close();
  }
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await file.read(buffer, read, length - read, position + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return read === length ? buffer : buffer.subarray(0, read);
}

/** Runs `use` with positional reads of the file at `path`, closing the file afterwards. */
export async function withFileReads<T>(path: string, use: (read: ReadAt) => Promise<T>): Promise<T> {
  const file = await open(path, 'r');
  try {
    return await use((position, length) => readAt(file, position, length));
  } finally {
    await file.close();
  }
}
