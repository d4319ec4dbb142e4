import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { detectFormat, isParseError } from '@app/parser';
import { buildZip } from '@app/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { readSniffBytes } from './upload-sniff';

const FIXTURES = resolve(__dirname, '../../../../libs/parser/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'chc-sniff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What detection says about some bytes: the format, or the error code. */
function verdict(bytes: Uint8Array): string {
  try {
    return detectFormat(bytes);
  } catch (error) {
    return isParseError(error) ? `error:${error.code}` : `throws:${String(error)}`;
  }
}

let n = 0;
async function sniff(bytes: Buffer, wholeUpTo?: number): Promise<Buffer> {
  const path = join(dir, `file-${n++}`);
  writeFileSync(path, bytes);
  return readSniffBytes(path, bytes.length, wholeUpTo === undefined ? {} : { wholeUpTo });
}

/** A ZIP of stored (uncompressed) entries, so the big ones stay big on disk. */
const storedZip = (entries: { name: string; data: Buffer }[], comment?: string): Buffer =>
  buildZip(
    entries.map((entry) => ({ ...entry, stored: true })),
    comment === undefined ? {} : { comment },
  );

const filler = (bytes: number) => Buffer.alloc(bytes, 0x41);

describe('readSniffBytes', () => {
  it('gives detection the same verdict as the whole file for every ZIP fixture, even when forced to read only the directory', async () => {
    const zips = ['docx', 'families', 'layouts'].flatMap((sub) =>
      readdirSync(join(FIXTURES, sub))
        .filter((name) => /\.(docx|xlsx|ods)$/.test(name))
        .map((name) => join(FIXTURES, sub, name)),
    );
    expect(zips.length).toBeGreaterThan(5);
    for (const path of zips) {
      const whole = readFileSync(path);
      const sniffed = await sniff(whole, 0);
      expect(verdict(sniffed), path).toBe(verdict(whole));
      expect(['docx', 'xlsx', 'ods']).toContain(verdict(whole));
    }
  });

  it('reads a big Word, Excel or OpenDocument file as its first 64 KB and central directory only', async () => {
    const docx = storedZip([
      { name: '[Content_Types].xml', data: filler(100) },
      { name: 'word/media/image1.png', data: filler(3 * 1024 * 1024) },
      { name: 'word/document.xml', data: filler(5000) },
    ]);
    const xlsx = storedZip([{ name: 'xl/media/a.png', data: filler(1024 * 1024) }, { name: 'xl/workbook.xml', data: filler(10) }], 'a comment');
    const ods = storedZip([
      { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
      { name: 'Pictures/a.png', data: filler(2 * 1024 * 1024) },
      { name: 'content.xml', data: filler(10) },
    ]);
    for (const [zip, format] of [
      [docx, 'docx'],
      [xlsx, 'xlsx'],
      [ods, 'ods'],
    ] as const) {
      const sniffed = await sniff(zip);
      expect(sniffed.length).toBeLessThan(65 * 1024);
      expect(verdict(zip)).toBe(format);
      expect(verdict(sniffed)).toBe(format);
    }
  });

  it('keeps the verdicts on other and damaged ZIPs', async () => {
    const other = storedZip([{ name: 'photo.jpg', data: filler(500_000) }]);
    const odt = storedZip([
      { name: 'mimetype', data: filler(10) },
      { name: 'content.xml', data: filler(400_000) },
    ]);
    const cut = storedZip([{ name: 'word/document.xml', data: filler(500_000) }]).subarray(0, 400_000);
    const lying = storedZip([{ name: 'word/document.xml', data: filler(500_000) }]);
    lying.writeUInt32LE(lying.length, lying.length - 22 + 16); // the directory "starts" past the end
    for (const zip of [other, odt, cut, lying]) {
      const whole = verdict(zip);
      expect(verdict(await sniff(zip))).toBe(whole);
    }
    expect(verdict(other)).toBe('error:unsupported_format');
    expect(verdict(cut)).toBe('error:docx_malformed');
    expect(verdict(lying)).toBe('error:docx_malformed');
  });

  it('reads the first 64 KB of anything else, and small files whole', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), filler(400_000)]);
    const html = Buffer.concat([Buffer.from('<!DOCTYPE html><html><body><table>'), filler(400_000)]);
    const text = Buffer.from('Code provision\tComply\n1.2\tYes\n'.repeat(20_000));
    for (const [bytes, format] of [
      [pdf, 'pdf'],
      [html, 'html'],
      [text, 'text'],
    ] as const) {
      const sniffed = await sniff(bytes);
      expect(sniffed.length).toBe(64 * 1024);
      expect(verdict(sniffed)).toBe(format);
    }
    const small = Buffer.from('<html><body>hi</body></html>');
    expect(await sniff(small)).toEqual(small);
  });
});
