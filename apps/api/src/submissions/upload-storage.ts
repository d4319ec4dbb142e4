import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import type { StorageEngine } from 'multer';

/** An upload as it landed on disk: where, how big, and its sha256 computed while it streamed in. */
export interface StreamedUpload {
  path: string;
  size: number;
  sha256: string;
}

/** The file multer hands the route: its own fields plus ours. */
export type StreamedUploadFile = Express.Multer.File & StreamedUpload;

export const UPLOAD_FILE_PREFIX = 'chc-upload-';

/** Removes a temporary upload; one already gone is fine. */
export async function removeTemporaryUpload(path: string): Promise<void> {
  await rm(path, { force: true });
}

/**
 * Removes temporary uploads older than `olderThanMs` from `dir`: files a killed process left behind.
 * A live upload is never that old (multer and the route remove their files within the request).
 */
export async function removeStaleUploads(dir: string, olderThanMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir)) {
    if (!name.startsWith(UPLOAD_FILE_PREFIX)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > olderThanMs) {
      await removeTemporaryUpload(path);
      removed += 1;
    }
  }
  return removed;
}

/** Counts and hashes what passes through. */
class Measure extends Transform {
  readonly hash = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }
}

/**
 * A multer storage engine that streams the file part to a new file in `dir` (mode 600, a random name that must
 * not exist yet), hashing and counting it on the way, so no upload is ever held whole in memory. On any failure
 * (the size limit, a client that goes away, a full disk) the partial file is removed before multer hears of it;
 * `_removeFile` (multer's clean-up when a later part of the form fails) removes a finished one.
 */
export class StreamingUploadStorage implements StorageEngine {
  private readonly open = new WeakMap<object, WriteStream>();

  constructor(private readonly dir: string) {}

  _handleFile(_req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<StreamedUploadFile>) => void): void {
    if (file.stream.destroyed) {
      callback(new Error('The upload stream ended before it could be stored.'));
      return;
    }
    const path = join(this.dir, `${UPLOAD_FILE_PREFIX}${randomBytes(16).toString('hex')}`);
    const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    // multer's abort clean-up removes pending files that already have a path.
    file.path = path;
    this.open.set(file, out);
    const measure = new Measure();
    pipeline(file.stream, measure, out).then(
      () => {
        this.open.delete(file);
        callback(null, { path, size: measure.size, sha256: measure.hash.digest('hex') });
      },
      async (error: unknown) => {
        this.open.delete(file);
        // Wait for the descriptor to close: a file opened after an early unlink would be left behind.
        if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
        await removeTemporaryUpload(path).catch(() => undefined);
        callback(error);
      },
    );
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    const path = file.path;
    const out = this.open.get(file);
    const remove = () => {
      removeTemporaryUpload(path).then(
        () => callback(null),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    };
    if (!out || out.closed) {
      remove();
      return;
    }
    out.once('close', remove);
    out.destroy();
  }
}
