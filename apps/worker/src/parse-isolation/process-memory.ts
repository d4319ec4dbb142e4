import { readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/**
 * Resident memory of a process in bytes, from /proc (Linux): it counts what V8's heap limit does not (array
 * buffers, zlib output, native allocations). Null where /proc is not available; the heap limit still holds there.
 */
export function residentBytes(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    const pages = Number(fields[1]);
    return Number.isFinite(pages) ? pages * PAGE_BYTES : null;
  } catch {
    return null;
  }
}

export const toMb = (bytes: number) => Math.round(bytes / (1024 * 1024));
