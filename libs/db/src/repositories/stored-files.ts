import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectOne, selectRows } from './sql';

/**
 * An upload's bytes as a sequence of chunks (read from the temporary file it was streamed to), so the file
 * never has to sit whole in the API's memory. `sha256` and `size` were computed while it streamed in.
 */
export interface FileChunks {
  size: number;
  chunks(): AsyncIterable<Uint8Array>;
}

/** What a stored file is, apart from its bytes. */
export interface StoredFileMeta {
  sha256: string;
  mediaType: string;
  format: string;
  originalName: string;
}

const idRow = z.object({ id: z.string() });
const oidRow = z.object({ oid: z.coerce.number() });

export class StoredBytesMismatchError extends Error {
  override readonly name = 'StoredBytesMismatchError';
}

/**
 * Inserts a `stored_files` row inside the caller's transaction. Bytes already in memory (sample data) go in
 * as one parameter. Chunks go first into a large object, one `lo_put` a chunk (so this process holds one chunk
 * at a time), then PostgreSQL copies the large object into the row, checking that its length and sha256 are the
 * ones measured while the upload streamed in, and drops it. Large objects are transactional: a rollback leaves
 * neither.
 */
export async function insertStoredFile(manager: EntityManager, meta: StoredFileMeta, content: Buffer | FileChunks): Promise<string> {
  if (Buffer.isBuffer(content)) {
    const row = await selectOne(
      manager,
      `INSERT INTO stored_files (sha256, media_type, format, size_bytes, original_name, bytes)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [meta.sha256, meta.mediaType, meta.format, content.length, meta.originalName, content],
      idRow,
    );
    return row.id;
  }
  const { oid } = await selectOne(manager, 'SELECT lo_create(0) AS oid', [], oidRow);
  let offset = 0;
  for await (const chunk of content.chunks()) {
    if (chunk.length === 0) continue;
    // A Buffer parameter travels in binary, without a hex copy.
    await manager.query('SELECT lo_put($1::oid, $2::bigint, $3::bytea)', [oid, offset, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)]);
    offset += chunk.length;
  }
  const [row] = await selectRows(
    manager,
    `INSERT INTO stored_files (sha256, media_type, format, size_bytes, original_name, bytes)
     SELECT $1::text, $2::text, $3::text, $4::int, $5::text, f.bytes FROM (SELECT lo_get($6::oid) AS bytes) f
     WHERE octet_length(f.bytes) = $4::int AND encode(sha256(f.bytes), 'hex') = $1::text
     RETURNING id`,
    [meta.sha256, meta.mediaType, meta.format, content.size, meta.originalName, oid],
    idRow,
  );
  await manager.query('SELECT lo_unlink($1::oid)', [oid]);
  if (!row) {
    throw new StoredBytesMismatchError(
      `The stored bytes (${offset} read) differ from the upload as received (${content.size} bytes, sha256 ${meta.sha256}).`,
    );
  }
  return row.id;
}
