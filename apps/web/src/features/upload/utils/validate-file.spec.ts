import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, checkFile, formatBytes } from './validate-file';

const file = (name: string, size = 1000, type = '') => ({ name, size, type });

describe('checkFile', () => {
  it('needs a file', () => {
    expect(checkFile(null)).toBe('none_selected');
  });

  it.each([
    'report.pdf',
    'REPORT.PDF',
    'form.docx',
    'sheet.xlsx',
    'sheet.ods',
    'page.html',
    'page.htm',
    'extract.txt',
  ])('accepts %s', (name) => {
    expect(checkFile(file(name))).toBeNull();
  });

  it('accepts a known MIME type whatever the extension', () => {
    expect(checkFile(file('download', 10, 'application/pdf'))).toBeNull();
  });

  it.each([
    file('letter.odt'),
    file('old.doc', 10, 'application/msword'),
    file('picture.png', 10, 'image/png'),
  ])('rejects $name as the wrong type', (f) => {
    expect(checkFile(f)).toBe('wrong_type');
  });

  it('rejects empty and oversized files', () => {
    expect(checkFile(file('a.pdf', 0))).toBe('empty');
    expect(checkFile(file('a.pdf', MAX_UPLOAD_BYTES + 1))).toBe('too_large');
    expect(checkFile(file('a.pdf', MAX_UPLOAD_BYTES))).toBeNull();
  });
});

describe('formatBytes', () => {
  it('uses bytes, KB and MB', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(5.25 * 1024 * 1024)).toBe('5.3 MB');
  });
});
