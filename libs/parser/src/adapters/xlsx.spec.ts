import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect-format';
import { isParseError } from '../errors';
import { parseSubmission } from '../parse-submission';
import { storedZip } from '../testing/stored-zip.test-support';
import { extractXlsx } from './xlsx';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function errorCode(work: Promise<unknown>): Promise<string | null> {
  try {
    await work;
    return null;
  } catch (error) {
    return isParseError(error) ? error.code : 'other';
  }
}

const LIMITS = { maxUncompressedBytes: 10 * 1024 * 1024 };

describe('extractXlsx', () => {
  it('reads each visible sheet as a table, with the rows above the header as details', async () => {
    const bytes = await workbook((wb) => {
      const cover = wb.addWorksheet('Cover');
      cover.addRow(['Landlord', 'Example Homes']);
      const hidden = wb.addWorksheet('Lists');
      hidden.state = 'hidden';
      hidden.addRow(['Yes', 'No', 'Partial']);
      const s1 = wb.addWorksheet('Section 1');
      s1.addRow(['Section 1: Definition of a complaint']);
      s1.mergeCells(1, 1, 1, 5);
      s1.addRow(['Provision', 'Requirement', 'Compliant?', 'Evidence', 'Commentary']);
      s1.addRow(['1.2', 'A complaint must be defined as…', 'Yes', 'Policy, section 2\nWeb page', '']);
    });
    expect(detectFormat(bytes)).toBe('xlsx');
    const doc = await extractXlsx(bytes, LIMITS);
    expect(doc.blocks.map((b) => (b.kind === 'row' ? b.cells.map((c) => c.text).join('|') : `${b.kind}:${b.text}`))).toEqual([
      'heading:Cover',
      'paragraph:Landlord: Example Homes',
      'heading:Section 1',
      'paragraph:Section 1: Definition of a complaint',
      'Provision|Requirement|Compliant?|Evidence|Commentary',
      '1.2|A complaint must be defined as…|Yes|Policy, section 2\nWeb page',
    ]);
  });

  it('names Excel when a workbook cannot be opened, and refuses one that expands too far before inflating it', async () => {
    const damaged = storedZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: 'not xml at all' },
    ]);
    expect(detectFormat(damaged)).toBe('xlsx');
    expect(await errorCode(parseSubmission(damaged))).toBe('xlsx_malformed');
    const big = await workbook((wb) => wb.addWorksheet('A').addRow(['x'.repeat(5000)]));
    expect(await errorCode(extractXlsx(big, { maxUncompressedBytes: 1000 }))).toBe('file_too_large');
  });

  it('leaves OpenDocument spreadsheets to their own adapter, and refuses OpenDocument text with a way out', () => {
    const ods = storedZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    expect(detectFormat(ods)).toBe('ods');
    const odt = storedZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    expect(() => detectFormat(odt)).toThrow(/\.docx or PDF/);
  });
});
