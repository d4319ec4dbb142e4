import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@app/testing';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD as PASSWORD } from '@app/testing';
import { fixture, type Harness, startHarness } from './ingestion.test-support';
import { binaryWordDocument, encryptedZip, passwordProtectedOffice } from './office-files.test-support';

const MAX_BYTES = 3 * 1024 * 1024;

/** A text self-assessment of exactly `bytes` bytes, different every time. */
function textFile(bytes: number): Buffer {
  const body = Buffer.alloc(bytes, ' ');
  const head = `Code provision\tCode requirement\tComply\n# ${randomBytes(8).toString('hex')}\n`;
  body.write(head, 0);
  const line = '1.2\tA complaint is any expression of dissatisfaction\tYes\n';
  for (let at = head.length; at + line.length < bytes; at += line.length) body.write(line, at);
  return body;
}

describe('streamed uploads: temporary file, hash on the way, stored in chunks (real PostgreSQL and Redis)', () => {
  let h: Harness;
  let db: DataSource;
  let uploadDir: string;
  const leftovers = () => readdirSync(uploadDir);

  beforeAll(async () => {
    uploadDir = mkdtempSync(join(tmpdir(), 'chc-upload-spec-'));
    h = await startHarness({ UPLOAD_TMP_DIR: uploadDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) });
    db = h.app.get(DataSource);
  });
  afterAll(async () => {
    await h?.close();
    rmSync(uploadDir, { recursive: true, force: true });
  });

  it('stores exactly the uploaded bytes with their sha256, in chunks, and removes the temporary file', async () => {
    const bytes = textFile(MAX_BYTES); // at the limit is accepted; over a megabyte, so several chunks
    const largeObjectsBefore = await db.query('SELECT count(*)::int AS n FROM pg_largeobject_metadata');
    const { status, body } = await h.analyst.sendFile(bytes, 'self-assessment.txt');
    expect(status).toBe(202);
    expect(body).toMatchObject({ status: 'queued', duplicate: false });
    const [stored] = await db.query(
      `SELECT f.bytes, f.sha256, f.size_bytes AS "sizeBytes", f.format, f.media_type AS "mediaType"
         FROM submissions s JOIN stored_files f ON f.id = s.file_id WHERE s.id = $1`,
      [body.id],
    );
    expect(Buffer.compare(stored.bytes, bytes)).toBe(0);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(stored).toMatchObject({ sizeBytes: bytes.length, format: 'text', mediaType: 'text/plain' });
    // The large object used on the way is gone with the transaction's end.
    expect(await db.query('SELECT count(*)::int AS n FROM pg_largeobject_metadata')).toEqual(largeObjectsBefore);
    expect(leftovers()).toEqual([]);

    const again = await h.analyst.sendFile(bytes, 'self-assessment.txt');
    expect(again.body).toMatchObject({ id: body.id, duplicate: true });
    expect(leftovers()).toEqual([]);
  });

  it('detects the format from the temporary file and keeps the original errors, leaving no temporary file', async () => {
    const docx = fixture('docx/corpus-001.docx');
    const accepted = await h.analyst.sendFile(docx, 'form.pdf');
    expect(accepted.status).toBe(202);
    const [stored] = await db.query(`SELECT f.format FROM submissions s JOIN stored_files f ON f.id = s.file_id WHERE s.id = $1`, [
      accepted.body.id,
    ]);
    expect(stored.format).toBe('docx');

    const tooLarge = await h.analyst.sendFile(textFile(MAX_BYTES + 1), 'big.txt');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.code).toBe('file_too_large');
    expect(leftovers()).toEqual([]);

    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(200_000)]);
    const unsupported = await h.analyst.sendFile(png, 'picture.png');
    expect([unsupported.status, unsupported.body.code]).toEqual([415, 'unsupported_format']);
    const empty = await h.analyst.sendFile(Buffer.alloc(0), 'empty.txt');
    expect([empty.status, empty.body.code]).toEqual([400, 'empty_file']);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a password-protected Word or Excel file up front (422 document_encrypted), storing nothing', async () => {
    // Both big enough that the verdict comes from the streamed file, not a whole read: the compound file's
    // directory lies past the first 64 KB, the ZIP's central directory past 64 KB of entries.
    const protectedXlsx = passwordProtectedOffice(1024 * 1024);
    const encryptedDocx = encryptedZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/media/image1.png', data: randomBytes(300_000) },
      { name: 'word/document.xml', data: Buffer.alloc(2000, 0x20) },
    ]);
    for (const [bytes, name] of [
      [protectedXlsx, 'protected-form.xlsx'],
      [encryptedDocx, 'protected-form.docx'],
    ] as const) {
      const refused = await h.analyst.sendFile(bytes, name);
      expect([refused.status, refused.body.code], name).toEqual([422, 'document_encrypted']);
      expect(refused.body.message).toMatch(/remove the password.*upload it again/i);
    }
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM stored_files WHERE original_name LIKE 'protected-form.%'`);
    expect(n).toBe(0);
    expect(leftovers()).toEqual([]);
    const old = await h.analyst.sendFile(binaryWordDocument(), 'old.doc');
    expect([old.status, old.body.code]).toEqual([415, 'unsupported_format']);
  });

  it('removes the temporary file of an upload whose client goes away half way', async () => {
    const url = new URL(`${h.base}/api/submissions`);
    const boundary = `----chc${randomBytes(8).toString('hex')}`;
    const headers = await authHeaders();
    const req = request(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(MAX_BYTES) },
    });
    req.on('error', () => undefined);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    req.write(textFile(512 * 1024));
    // The upload has reached the disk...
    await waitFor(() => leftovers().length === 1, { timeoutMs: 10_000, what: 'the temporary file to appear' });
    // ...when the client goes away.
    req.destroy();
    await waitFor(() => leftovers().length === 0, { timeoutMs: 10_000, what: 'the temporary file to be removed' });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM stored_files WHERE original_name = 'slow.txt'`);
    expect(n).toBe(0);
  });

  /** The session cookie and CSRF token of the analyst, for a hand-made request. */
  async function authHeaders(): Promise<Record<string, string>> {
    const res = await fetch(`${h.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ingest-analyst@example.org', password: PASSWORD }),
    });
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = res.headers
      .getSetCookie()
      .map((line) => line.split(';')[0]!)
      .join('; ');
    return { cookie, 'x-csrf-token': csrfToken };
  }
});
