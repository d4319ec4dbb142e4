import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
  /** Stored as it is rather than deflated (an OpenDocument file's leading `mimetype`). */
  stored?: boolean;
  /** Uncompressed size written in the headers instead of the true one (a lying archive). */
  declaredSize?: number;
  /** Headers carry a CRC that does not match the data. */
  badCrc?: boolean;
}

export interface ZipOptions {
  /** The archive comment, after the end-of-central-directory record. */
  comment?: string;
}

/** Entries are dated the same every time, so a fixture written twice is the same bytes. */
const MTIME = new Date(2024, 0, 1);

/**
 * A ZIP archive written by fflate (what a .docx, .xlsx or .ods is), whose headers a test can then make lie:
 * any entry name (traversal included), a declared size that is not the true one, a wrong CRC.
 */
export function buildZip(entries: readonly ZipEntry[], options: ZipOptions = {}): Buffer {
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? new TextEncoder().encode(entry.data) : entry.data;
    files[entry.name] = [data, { level: entry.stored ? 0 : 6, mtime: MTIME }];
  }
  const written = Buffer.from(zipSync(files));
  // fflate writes no archive comment (its `comment` is a per-file one): it goes after the end record.
  const comment = Buffer.from(options.comment ?? '');
  written.writeUInt16LE(comment.length, written.length - 2);
  const zip = Buffer.concat([written, comment]);
  let central = zip.readUInt32LE(written.length - 22 + 16);
  for (const entry of entries) {
    const local = zip.readUInt32LE(central + 42);
    if (entry.declaredSize !== undefined) {
      zip.writeUInt32LE(entry.declaredSize, central + 24);
      zip.writeUInt32LE(entry.declaredSize, local + 22);
    }
    if (entry.badCrc) {
      const crc = ~zip.readUInt32LE(central + 16) >>> 0;
      zip.writeUInt32LE(crc, central + 16);
      zip.writeUInt32LE(crc, local + 14);
    }
    central += 46 + zip.readUInt16LE(central + 28) + zip.readUInt16LE(central + 30) + zip.readUInt16LE(central + 32);
  }
  return zip;
}
