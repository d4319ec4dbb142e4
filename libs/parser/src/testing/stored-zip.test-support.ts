import { zipSync, type Zippable } from 'fflate';

export interface StoredEntry {
  name: string;
  data: string;
  /** Mark the entry encrypted (general-purpose flag bit 0), as a password-protected archive does; the data stays plain. */
  encrypted?: boolean;
}

/** A ZIP archive of stored (uncompressed) entries, for format tests. */
export function storedZip(entries: StoredEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const { name, data } of entries) files[name] = [new TextEncoder().encode(data), { level: 0 }];
  const zip = zipSync(files);
  const encrypted = new Set(entries.filter((e) => e.encrypted).map((e) => e.name));
  if (encrypted.size > 0) setEncryptedFlags(zip, encrypted);
  return zip;
}

/** Sets flag bit 0 of the named entries in both their local header and their central directory entry. */
function setEncryptedFlags(zip: Uint8Array, names: Set<string>): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (names.has(name)) {
      view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
      const local = view.getUint32(at + 42, true);
      view.setUint16(local + 6, view.getUint16(local + 6, true) | 1, true);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}
