import { describe, expect, it } from 'vitest';
import { detectFormat } from '../detect-format';
import { isParseError } from '../errors';
import { parseSubmission } from '../parse-submission';
import { storedZip } from '../testing/stored-zip.test-support';
import { extractOds, ODS_MIME_TYPE } from './ods';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
const STYLES =
  '<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>';

const c = (text: string, attributes = ''): string =>
  `<table:table-cell office:value-type="string"${attributes}><text:p>${text}</text:p></table:table-cell>`;
const row = (...cells: string[]): string =>
  `<table:table-row>${cells.join('')}<table:table-cell table:number-columns-repeated="1019"/></table:table-row>`;
const sheet = (name: string, rows: string[], style = 'ta1'): string =>
  `<table:table table:name="${name}" table:style-name="${style}">${rows.join('')}<table:table-row table:number-rows-repeated="1048500"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`;
const content = (...sheets: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}>${STYLES}<office:body><office:spreadsheet>${sheets.join('')}</office:spreadsheet></office:body></office:document-content>`;
const ods = (xml: string, extra: { name: string; data: string }[] = []): Uint8Array =>
  storedZip([{ name: 'mimetype', data: ODS_MIME_TYPE }, { name: 'content.xml', data: xml }, ...extra]);

const HEADER = row(c('Provision'), c('Requirement'), c('Compliant?'), c('Evidence'), c('Commentary'));

async function errorOf(work: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await work();
  } catch (error) {
    if (isParseError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('OpenDocument spreadsheets', () => {
  it('are told apart from OpenDocument text by their mimetype entry', () => {
    expect(detectFormat(ods(content()))).toBe('ods');
    const odt = storedZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', data: '<office:document-content/>' },
    ]);
    expect(() => detectFormat(odt)).toThrow(/\.odt/);
  });

  it('read each visible sheet as a table, a cover sheet as details, and the title property', () => {
    const doc = extractOds(
      ods(
        content(
          sheet('Cover', [row(c('Self-assessment 2024')), row(c('Landlord'), c('Brookmere Homes'))]),
          sheet('Section 1', [
            HEADER,
            row(
              c('1.2'),
              c('A complaint must be defined as<text:s text:c="2"/>an expression of dissatisfaction.'),
              c('Yes'),
              '<table:table-cell office:value-type="string"><text:p>Policy section 2.</text:p><text:p>Staff<text:line-break/>training.</text:p></table:table-cell>',
              '<table:table-cell office:value-type="string"><office:annotation><text:p>Reviewer note</text:p></office:annotation><text:p>Adopted.</text:p></table:table-cell>',
            ),
          ]),
          sheet('Notes', [HEADER, row(c('9.9'), c('Hidden'), c('No'))], 'ta2'),
        ),
        [
          {
            name: 'meta.xml',
            data: `<office:document-meta ${NS} xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>Brookmere Homes self-assessment</dc:title></office:meta></office:document-meta>`,
          },
        ],
      ),
      { maxUncompressedBytes: 1_000_000 },
    );
    expect(doc.format).toBe('ods');
    expect(doc.metadata.title).toBe('Brookmere Homes self-assessment');
    const rows = doc.blocks.filter((b) => b.kind === 'row');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.kind === 'row' && rows[1].cells.map((cell) => cell.text)).toEqual([
      '1.2',
      'A complaint must be defined as an expression of dissatisfaction.',
      'Yes',
      'Policy section 2.\nStaff\ntraining.',
      'Adopted.',
    ]);
    expect(doc.blocks.filter((b) => b.kind !== 'row').map((b) => b.text)).toEqual([
      'Cover',
      'Self-assessment 2024',
      'Landlord: Brookmere Homes',
      'Section 1',
    ]);
  });

  it('repeat a merged cell as spanned: across its row, and down the rows it covers', () => {
    const doc = extractOds(
      ods(
        content(
          sheet('S5', [
            row(
              c('Section 5', ' table:number-columns-spanned="3"'),
              '<table:covered-table-cell table:number-columns-repeated="2"/>',
            ),
            HEADER,
            row(c('5. Process', ' table:number-rows-spanned="2"'), c('5.1'), c('Yes')),
            row('<table:covered-table-cell/>', c('5.2'), c('No')),
            row(c('6. Orders'), c('6.1'), c('Yes')),
          ]),
        ),
      ),
      { maxUncompressedBytes: 1_000_000 },
    );
    const cells = doc.blocks.flatMap((b) =>
      b.kind === 'row'
        ? [b.cells.map((cell) => `${cell.text}${cell.spanned ? `(${cell.spanned})` : ''}`)]
        : [],
    );
    expect(cells).toEqual([
      ['Provision', 'Requirement', 'Compliant?', 'Evidence', 'Commentary'],
      ['5. Process', '5.1', 'Yes'],
      ['5. Process(row)', '5.2', 'No'],
      ['6. Orders', '6.1', 'Yes'],
    ]);
    expect(doc.blocks[1]).toEqual({ kind: 'paragraph', text: 'Section 5' });
  });

  it('fail as ods_malformed, naming OpenDocument and LibreOffice, when damaged', async () => {
    const broken = await errorOf(() => parseSubmission(ods('<office:document-content><table:table>')));
    expect(broken.code).toBe('ods_malformed');
    expect(broken.message).toMatch(/OpenDocument spreadsheet/);
    expect(broken.message).toMatch(/LibreOffice/);
    const noContent = storedZip([
      { name: 'mimetype', data: ODS_MIME_TYPE },
      { name: 'content.xml', data: '' },
    ]);
    expect((await errorOf(() => extractOds(noContent, { maxUncompressedBytes: 1000 }))).code).toBe(
      'ods_malformed',
    );
  });

  it('are sized before anything is inflated', async () => {
    const big = ods(content(sheet('A', [row(c('x'.repeat(5000)))])));
    expect((await errorOf(() => extractOds(big, { maxUncompressedBytes: 1000 }))).code).toBe(
      'file_too_large',
    );
  });

  it('count a million repeated empty rows without laying them out', () => {
    const doc = extractOds(ods(content(sheet('S1', [HEADER, row(c('1.2'), c('Text'), c('Yes'))]))), {
      maxUncompressedBytes: 1_000_000,
      maxRowsPerSheet: 10,
    });
    expect(doc.blocks.filter((b) => b.kind === 'row')).toHaveLength(2);
  });
});
