import { describe, expect, it } from 'vitest';
import { isParseError, type ParseError } from '../errors';
import { parseSubmission } from '../parse-submission';
import { storedZip, type StoredEntry } from '../testing/stored-zip.test-support';
import { MAX_ZIP_ENTRIES, readSizedDirectory, readZipDirectory, readZipEntry } from './zip-archive';

async function failure(work: Promise<unknown>): Promise<ParseError | null> {
  try {
    await work;
    return null;
  } catch (error) {
    if (isParseError(error)) return error;
    throw error;
  }
}

const DOCX: StoredEntry[] = [
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'word/document.xml', data: '<w:document/>' },
];
const XLSX: StoredEntry[] = [
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/workbook.xml', data: '<workbook/>' },
];
const ODS: StoredEntry[] = [
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
  { name: 'content.xml', data: '<office:document-content/>' },
];

/** The second entry (the document's main part) marked encrypted. */
const lockSecond = (entries: StoredEntry[]): StoredEntry[] =>
  entries.map((e, i) => (i === 1 ? { ...e, encrypted: true } : e));

const sized = (bytes: Uint8Array): unknown =>
  readSizedDirectory(bytes, 1024 * 1024, {
    damaged: () => new Error('damaged') as ParseError,
    tooLarge: 'too large',
    document: 'archive',
  });

describe('zip-archive on hostile archives', () => {
  it('reads flag bit 0 of each central directory entry', () => {
    const entries = readZipDirectory(storedZip(lockSecond(DOCX)));
    expect(entries?.map((e) => [e.name, e.encrypted])).toEqual([
      ['[Content_Types].xml', false],
      ['word/document.xml', true],
    ]);
    expect(readZipDirectory(storedZip(DOCX))?.some((e) => e.encrypted)).toBe(false);
  });

  it.each([
    ['Word document', DOCX, 'docx_malformed'],
    ['Excel workbook', XLSX, 'xlsx_malformed'],
    ['OpenDocument spreadsheet', ODS, 'ods_malformed'],
  ])(
    'refuses a password-protected %s with the format malformed code, naming the format and the password',
    async (name, entries, code) => {
      const error = await failure(parseSubmission(storedZip(lockSecond(entries))));
      expect(error?.code).toBe(code);
      expect(error?.message).toMatch(new RegExp(`^The ${name} is password protected`));
      expect(error?.details).toMatchObject({ passwordProtected: true, encryptedEntries: 1 });
    },
  );

  it('refuses an OpenDocument spreadsheet whose manifest lists encrypted parts (LibreOffice leaves the ZIP flags clear)', async () => {
    const manifest =
      '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>';
    const error = await failure(
      parseSubmission(storedZip([...ODS, { name: 'META-INF/manifest.xml', data: manifest }])),
    );
    expect(error?.code).toBe('ods_malformed');
    expect(error?.message).toMatch(/^The OpenDocument spreadsheet is password protected/);
    expect(error?.details).toMatchObject({ passwordProtected: true });
  });

  it('refuses an archive whose encrypted entry is not one the adapter reads', async () => {
    const error = await failure(
      parseSubmission(storedZip([...DOCX, { name: 'docProps/custom.xml', data: '<x/>', encrypted: true }])),
    );
    expect(error?.details).toMatchObject({ passwordProtected: true });
  });

  it('finds the central directory behind an archive comment', () => {
    const zip = storedZip(lockSecond(DOCX));
    const comment = new TextEncoder().encode('a comment after the directory');
    const commented = new Uint8Array(zip.length + comment.length);
    commented.set(zip);
    commented.set(comment, zip.length);
    new DataView(commented.buffer).setUint16(zip.length - 2, comment.length, true);
    expect(readZipDirectory(commented)?.map((e) => e.encrypted)).toEqual([false, true]);
  });

  it('returns null for a truncated directory and refuses too many entries before inflating any', () => {
    const zip = storedZip(DOCX);
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toBeNull();
    const many = storedZip(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `p${i}.xml`, data: '' })),
    );
    expect(() => readZipDirectory(many)).toThrow(/more than 5000 parts/);
  });

  it('reads no entry past its declared size, and passes an unencrypted archive through', () => {
    const zip = storedZip([{ name: 'big.xml', data: 'x'.repeat(2000) }]);
    const entry = readZipDirectory(zip)?.[0];
    expect(entry && readZipEntry(zip, entry, 1000)).toBeNull();
    expect(entry && readZipEntry(zip, entry, 4000)?.length).toBe(2000);
    expect(sized(zip)).toHaveLength(1);
  });
});
