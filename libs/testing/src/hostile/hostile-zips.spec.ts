import { isParseError, parseSubmission } from '@app/parser';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hostileFiles } from './hostile-files';
import { buildZip } from './zip-builder';

const MB = 1024 * 1024;
const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

async function failure(bytes: Uint8Array): Promise<string> {
  try {
    await parseSubmission(bytes);
  } catch (error) {
    return isParseError(error) ? error.code : `not a ParseError: ${String(error)}`;
  }
  return 'parsed';
}

function listed(zip: Uint8Array): UnzipFileInfo[] {
  const files: UnzipFileInfo[] = [];
  unzipSync(zip, { filter: (file) => (files.push(file), false) });
  return files;
}

describe('buildZip', () => {
  it('writes stored and deflated entries, a comment, and the lies it is asked for', () => {
    const zip = buildZip(
      [
        { name: 'mimetype', data: ODS_MIME_TYPE, stored: true },
        { name: '../../escape.txt', data: 'x'.repeat(1000), declaredSize: 7 },
      ],
      { comment: 'a comment' },
    );
    expect(listed(zip).map(({ name, compression, originalSize }) => [name, compression, originalSize])).toEqual([
      ['mimetype', 0, ODS_MIME_TYPE.length],
      ['../../escape.txt', 8, 7],
    ]);
    expect(zip.subarray(zip.length - 9).toString()).toBe('a comment');
    expect(buildZip([{ name: 'a', data: 'x', badCrc: true }]).readUInt32LE(14)).not.toBe(buildZip([{ name: 'a', data: 'x' }]).readUInt32LE(14));
  });
});

describe('hostile ZIP archives', () => {
  it('refuse a Word file whose document part declares 1 GB before inflating it', async () => {
    const docx = hostileFiles(Buffer.from('1.1\tYes\n')).find((file) => file.name === 'docx-1gb-entry');
    expect(await failure(await docx!.make())).toBe('file_too_large');
  });

  it('refuse a workbook whose parts together declare more than the limit', async () => {
    const parts = Array.from({ length: 3 }, (_, i) => ({ name: `xl/worksheets/sheet${i}.xml`, data: '<x/>', declaredSize: 40 * MB }));
    expect(await failure(buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, ...parts]))).toBe('file_too_large');
  });

  it('never inflate an entry past the size it declares: a zip bomb reads as damaged, not as 64 MB', async () => {
    const bomb = buildZip([
      { name: 'mimetype', data: ODS_MIME_TYPE, stored: true },
      { name: 'content.xml', data: new Uint8Array(64 * MB).fill(0x20), declaredSize: 100 },
    ]);
    expect(bomb.length).toBeLessThan(MB);
    const before = process.memoryUsage().arrayBuffers;
    expect(await failure(bomb)).toBe('ods_malformed');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * MB);
  });

  it('refuse an archive of more parts than any document has', async () => {
    const parts = Array.from({ length: 5001 }, (_, i) => ({ name: `word/media/${i}.png`, data: '', stored: true }));
    expect(await failure(buildZip([{ name: 'word/document.xml', data: '<w/>' }, ...parts]))).toBe('file_too_large');
  });

  it('answer traversal names, wrong CRCs and a directory past the end with a typed error, never a crash', async () => {
    const traversal = buildZip([{ name: '../../../etc/passwd', data: 'root' }, { name: '/abs/word/document.xml', data: '<w/>' }]);
    expect(await failure(traversal)).toBe('unsupported_format');
    const badCrc = buildZip([{ name: 'word/document.xml', data: 'not xml <<<', badCrc: true }]);
    expect(await failure(badCrc)).toBe('docx_malformed');
    const pastEnd = buildZip([{ name: 'word/document.xml', data: '<w/>' }]);
    pastEnd.writeUInt32LE(pastEnd.length, pastEnd.length - 22 + 16);
    expect(await failure(pastEnd)).toBe('docx_malformed');
  });
});
