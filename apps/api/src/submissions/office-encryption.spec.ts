import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildZip } from '@app/testing';
import { describe, expect, it } from 'vitest';
import { zipHasEncryptedEntry as zipIsEncrypted } from '@app/parser';
import { compoundFileIsEncrypted, isCompoundFile } from './office-encryption';
import { binaryWordDocument, compoundFile, encryptedZip, passwordProtectedOffice } from './office-files.test-support';

const FIXTURES = resolve(__dirname, '../../../../libs/parser/fixtures');

/** Reads of a buffer, counting the bytes asked for. */
function reads(bytes: Buffer) {
  const asked = { bytes: 0 };
  const read = async (at: number, length: number) => {
    asked.bytes += length;
    return bytes.subarray(at, at + length);
  };
  return { read, asked };
}

const encrypted = async (bytes: Buffer) => isCompoundFile(bytes) && (await compoundFileIsEncrypted(reads(bytes).read, bytes.length));

describe('zipIsEncrypted', () => {
  it('finds the encrypted flag on any entry of the central directory', () => {
    const entries = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ];
    expect(zipIsEncrypted(encryptedZip(entries))).toBe(true);
    const onlyTheSecond = buildZip(entries.map((entry) => ({ ...entry, stored: true })));
    const second = onlyTheSecond.readUInt32LE(onlyTheSecond.length - 22 + 16) + 46 + '[Content_Types].xml'.length;
    onlyTheSecond.writeUInt16LE(1, second + 8);
    expect(zipIsEncrypted(onlyTheSecond)).toBe(true);
  });

  it('passes every Word, Excel and OpenDocument fixture, and what is not a ZIP', () => {
    for (const [sub, name] of [
      ['docx', 'corpus-001.docx'],
      ['families', 'family-spreadsheet-ods-sheets.ods'],
    ] as const) {
      expect(zipIsEncrypted(readFileSync(join(FIXTURES, sub, name))), name).toBe(false);
    }
    expect(zipIsEncrypted(Buffer.from('%PDF-1.7 PK\u0005\u0006'.padEnd(200, ' ')))).toBe(false);
    expect(zipIsEncrypted(Buffer.from('PK\u0003\u0004'))).toBe(false);
    // A damaged file's local header says nothing: its bytes there may be anything.
    expect(zipIsEncrypted(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]))).toBe(false);
    expect(zipIsEncrypted(encryptedZip([{ name: 'word/document.xml', data: Buffer.alloc(100) }]).subarray(0, 120))).toBe(false);
  });
});

describe('compoundFileIsEncrypted', () => {
  it('finds the EncryptedPackage stream of a password-protected DOCX or XLSX, reading a few sectors only', async () => {
    const file = passwordProtectedOffice(2 * 1024 * 1024);
    const { read, asked } = reads(file);
    expect(await compoundFileIsEncrypted(read, file.length)).toBe(true);
    expect(asked.bytes).toBeLessThan(4 * 1024);
  });

  it('follows the FAT through DIFAT sectors when the file is big enough to need them', async () => {
    // Past 109 FAT sectors (about 7 MB with 512-byte sectors) the FAT's own list continues in DIFAT sectors.
    // The package's entry is in the directory's second sector, found through the FAT sector the DIFAT lists.
    const streams = ['a', 'b', 'c', 'EncryptionInfo'].map((name) => ({ name, data: Buffer.alloc(600, 1) }));
    const big = compoundFile([...streams, { name: 'EncryptedPackage', data: Buffer.alloc(8 * 1024 * 1024, 0x5a) }]);
    expect(big.readUInt32LE(72)).toBeGreaterThan(0);
    expect(await encrypted(big)).toBe(true);
    big.writeUInt32LE(0xfffffffe, 68); // without the DIFAT the chain cannot be followed
    expect(await encrypted(big)).toBe(false);
  });

  it('passes an old binary Word document, a stream merely named alike, and nonsense', async () => {
    expect(await encrypted(binaryWordDocument())).toBe(false);
    expect(await encrypted(compoundFile([{ name: 'EncryptedPackages', data: Buffer.alloc(5000) }]))).toBe(false);
    const header = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 0xff)]);
    expect(await encrypted(header)).toBe(false);
    const looping = binaryWordDocument();
    const directory = looping.readUInt32LE(48);
    looping.writeUInt32LE(directory, 512 + directory * 4); // the directory's chain points at itself: the walk ends
    expect(await encrypted(looping)).toBe(false);
  });
});
