import { zipSync, type Zippable } from 'fflate';

/** A ZIP archive of stored (uncompressed) entries, for format tests. */
export function storedZip(entries: { name: string; data: string }[]): Uint8Array {
  const files: Zippable = {};
  for (const { name, data } of entries) files[name] = [new TextEncoder().encode(data), { level: 0 }];
  return zipSync(files);
}
