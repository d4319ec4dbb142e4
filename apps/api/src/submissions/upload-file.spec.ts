import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SubmissionError } from './submission.errors';
import { binaryWordDocument, encryptedZip, passwordProtectedOffice } from './office-files.test-support';
import { cleanFileName, inspectUpload } from './upload-file';

const MAX = 1024 * 1024;
const PARSER_FIXTURES = resolve(__dirname, '..', '..', '..', '..', 'libs', 'parser', 'fixtures');
const codeOf = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
  } catch (error) {
    return error instanceof SubmissionError ? [error.getStatus(), error.code] : error;
  }
  return null;
};

describe('inspectUpload', () => {
  it('detects the format from the bytes, not the name, and hashes them', async () => {
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
    expect(await inspectUpload(pdf, 'form.txt', MAX)).toEqual({
      format: 'pdf',
      mediaType: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
    const html = Buffer.from('<!DOCTYPE html><html><body><table><tr><td>1.2</td></tr></table></body></html>');
    expect(await inspectUpload(html, 'form.pdf', MAX)).toMatchObject({ format: 'html', mediaType: 'text/html' });
    const text = Buffer.from('Code provision\tCode requirement\tComply\n1.2\tA complaint\tYes\n');
    expect(await inspectUpload(text, 'form.md', MAX)).toMatchObject({ format: 'text', mediaType: 'text/markdown' });
    expect(await inspectUpload(text, 'form.txt', MAX)).toMatchObject({ format: 'text', mediaType: 'text/plain' });
  });

  it('accepts an OpenDocument spreadsheet by its packaged mimetype, whatever its name', async () => {
    const ods = readFileSync(join(PARSER_FIXTURES, 'families', 'family-spreadsheet-ods-sheets.ods'));
    expect(await inspectUpload(ods, 'assessment', MAX)).toMatchObject({ format: 'ods', mediaType: 'application/vnd.oasis.opendocument.spreadsheet' });
  });

  it('accepts a damaged Word file as DOCX so the worker can say what is wrong with it', async () => {
    const damaged = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]);
    expect((await inspectUpload(damaged, 'form.docx', MAX)).format).toBe('docx');
  });

  it('refuses empty (400), oversize (413) and unsupported (415) files', async () => {
    expect(await codeOf(() => inspectUpload(Buffer.alloc(0), 'x.pdf', MAX))).toEqual([400, 'empty_file']);
    expect(await codeOf(() => inspectUpload(Buffer.alloc(MAX + 1, 65), 'x.txt', MAX))).toEqual([413, 'file_too_large']);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 0)]);
    expect(await codeOf(() => inspectUpload(png, 'x.png', MAX))).toEqual([415, 'unsupported_format']);
  });
});

describe('inspectUpload on password-protected files', () => {
  it('refuses an encrypted Word or Excel file (422 document_encrypted), telling the landlord to remove the password', async () => {
    const docx = encryptedZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(2000, 0x20) },
    ]);
    for (const [bytes, name] of [
      [docx, 'form.docx'],
      [passwordProtectedOffice(), 'form.xlsx'],
    ] as const) {
      const error = await inspectUpload(bytes, name, MAX).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(SubmissionError);
      expect([(error as SubmissionError).getStatus(), (error as SubmissionError).code]).toEqual([422, 'document_encrypted']);
      expect((error as SubmissionError).message).toMatch(/remove the password.*upload it again/i);
    }
  });

  it('still refuses an old binary Word document as unsupported (415)', async () => {
    expect(await codeOf(() => inspectUpload(binaryWordDocument(), 'old.doc', MAX))).toEqual([415, 'unsupported_format']);
  });
});

describe('cleanFileName', () => {
  it('keeps a readable name without paths or control characters', () => {
    expect(cleanFileName('C:\\Users\\me\\Self assessment 2024.pdf', 'pdf')).toBe('Self assessment 2024.pdf');
    expect(cleanFileName('../../etc/passwd', 'text')).toBe('passwd');
    expect(cleanFileName('a\u0000b\u001f.html', 'html')).toBe('ab.html');
    expect(cleanFileName('', 'text')).toBe('self-assessment.txt');
    expect(cleanFileName(undefined, 'docx')).toBe('self-assessment.docx');
  });
});
