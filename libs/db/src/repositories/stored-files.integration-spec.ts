import { createHash, randomBytes } from 'node:crypto';
// Integration tests use the shared per-run database helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { testEnv } from '@app/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../data-source';
import { type FileChunks, insertStoredFile, StoredBytesMismatchError } from './stored-files';

function chunksOf(bytes: Buffer, size: number): FileChunks {
  return {
    size: bytes.length,
    async *chunks() {
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    },
  };
}

const meta = (bytes: Buffer) => ({
  sha256: createHash('sha256').update(bytes).digest('hex'),
  mediaType: 'text/plain',
  format: 'text',
  originalName: `stored-${randomBytes(4).toString('hex')}.txt`,
});

describe('insertStoredFile (real PostgreSQL)', () => {
  let db: DataSource;
  const largeObjects = async () => (await db.query('SELECT count(*)::int AS n FROM pg_largeobject_metadata'))[0].n as number;

  beforeAll(async () => {
    db = createDataSource(testEnv().DATABASE_URL!);
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('assembles chunks into the row, byte for byte, and drops the large object it went through', async () => {
    const bytes = randomBytes(2_500_000);
    const before = await largeObjects();
    const id = await db.transaction((manager) => insertStoredFile(manager, meta(bytes), chunksOf(bytes, 1024 * 1024)));
    const [row] = await db.query('SELECT bytes, size_bytes AS "sizeBytes" FROM stored_files WHERE id = $1', [id]);
    expect(Buffer.compare(row.bytes, bytes)).toBe(0);
    expect(row.sizeBytes).toBe(bytes.length);
    expect(await largeObjects()).toBe(before);
  });

  it('refuses bytes whose length or sha256 differ from what was measured, storing nothing', async () => {
    const bytes = randomBytes(300_000);
    const changed = Buffer.from(bytes);
    changed[1000] = (changed[1000]! + 1) % 256;
    const before = await largeObjects();
    const expected = meta(bytes);
    await expect(db.transaction((manager) => insertStoredFile(manager, expected, chunksOf(changed, 65_536)))).rejects.toBeInstanceOf(
      StoredBytesMismatchError,
    );
    await expect(
      db.transaction((manager) => insertStoredFile(manager, expected, { ...chunksOf(bytes.subarray(1), 65_536), size: bytes.length })),
    ).rejects.toBeInstanceOf(StoredBytesMismatchError);
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM stored_files WHERE original_name = $1', [expected.originalName]);
    expect(n).toBe(0);
    expect(await largeObjects()).toBe(before);
  });
});
