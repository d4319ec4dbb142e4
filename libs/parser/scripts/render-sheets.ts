/**
 * Renders a `FixtureDocument` as a spreadsheet: an Excel workbook (exceljs), or an OpenDocument spreadsheet written
 * the way LibreOffice Calc writes one. Both take the same layout: an optional cover sheet, then one sheet per table
 * (one per Code section), named after the heading above it.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { cellLines, cellText, type FixtureDocument } from './fixture-model';
import { escapeXml } from './markup';

export interface SheetLayout {
  /** A first sheet with the title and details, as many landlords add. */
  cover: boolean;
  /** Merge the section title across the table above its header row. */
  mergedTitle: boolean;
  /** Merge runs of the same text down the first column (a Section column). */
  mergeFirstColumn?: boolean;
}

/** A sheet name both formats accept: no `\ / ? * [ ] :`, at most 31 characters, `Table n` when nothing is left. */
function sheetName(title: string, n: number): string {
  return title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || `Table ${n}`;
}

/** An Excel workbook; the first heading becomes the title property (File > Info). */
export async function renderXlsx(doc: FixtureDocument, layout: SheetLayout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.landlord;
  const heading = doc.blocks.find((b) => b.kind === 'heading');
  // The title property (File > Info), which names the landlord when no sheet does.
  if (heading?.kind === 'heading') workbook.title = heading.text;
  if (layout.cover) {
    const cover = workbook.addWorksheet('Cover');
    cover.addRow([heading?.kind === 'heading' ? heading.text : 'Self-assessment']).font = { bold: true, size: 14 };
    cover.addRow(['Landlord', doc.landlord]);
    cover.addRow(['Year', String(doc.assessmentYear)]);
    cover.getColumn(1).width = 30;
  }
  let title = '';
  for (const block of doc.blocks) {
    if (block.kind === 'heading') title = block.text;
    if (block.kind !== 'table') continue;
    const sheet = workbook.addWorksheet(sheetName(title, workbook.worksheets.length));
    if (layout.mergedTitle) {
      sheet.addRow([title]);
      sheet.mergeCells(1, 1, 1, block.header.length);
      sheet.getRow(1).font = { bold: true };
    }
    sheet.addRow(block.header).font = { bold: true };
    for (const row of block.rows) {
      const added = sheet.addRow(block.header.map((_, i) => cellText(row.cells[i] ?? [])));
      added.alignment = { wrapText: true, vertical: 'top' };
    }
    if (layout.mergeFirstColumn) {
      const first = sheet.rowCount - block.rows.length + 1;
      sheet.mergeCells(first, 1, sheet.rowCount, 1);
    }
    [10, 50, 12, 60, 40].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** One paragraph: runs of two or more spaces become `text:s`, as Calc writes them. */
function paragraph(text: string): string {
  const body = escapeXml(text).replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);
  return `<text:p>${body}</text:p>`;
}

function cell(paragraphs: string[], attributes = ''): string {
  if (paragraphs.length === 0) return `<table:table-cell${attributes}/>`;
  return `<table:table-cell office:value-type="string"${attributes}>${paragraphs.map(paragraph).join('')}</table:table-cell>`;
}

const covered = (n: number): string =>
  n > 1 ? `<table:covered-table-cell table:number-columns-repeated="${n}"/>` : '<table:covered-table-cell/>';
/** What Calc writes after the last used row and column. */
const EDGE_CELLS = '<table:table-cell table:number-columns-repeated="1019"/>';
const EDGE_ROWS =
  '<table:table-row table:number-rows-repeated="1048500"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>';

function sheet(name: string, rows: string[], hidden = false): string {
  const columns = '<table:table-column table:number-columns-repeated="1024"/>';
  return `<table:table table:name="${escapeXml(name)}" table:style-name="${hidden ? 'ta2' : 'ta1'}">${columns}${rows.join('')}${EDGE_ROWS}</table:table>`;
}

const row = (cells: string): string => `<table:table-row>${cells}${EDGE_CELLS}</table:table-row>`;

/**
 * An OpenDocument spreadsheet (.ods) as Calc writes one: a stored `mimetype` entry first, `content.xml` with repeated
 * empty rows and columns out to the sheet's edge, each paragraph of a cell as its own `text:p`, runs of spaces as
 * `text:s`, merged cells followed by covered cells, and a hidden sheet of working notes. LibreOffice is not needed.
 */
export function renderOds(doc: FixtureDocument, layout: SheetLayout): Buffer {
  const heading = doc.blocks.find((b) => b.kind === 'heading');
  const title = heading?.kind === 'heading' ? heading.text : 'Self-assessment';
  const sheets: string[] = [];
  if (layout.cover) {
    sheets.push(
      sheet('Cover', [
        row(cell([title])),
        // An empty row between the title and the details, as people leave one.
        '<table:table-row><table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
        row(cell(['Landlord']) + cell([doc.landlord])),
        row(cell(['Year']) + cell([String(doc.assessmentYear)])),
      ]),
    );
  }
  let section = '';
  for (const block of doc.blocks) {
    if (block.kind === 'heading') section = block.text;
    if (block.kind !== 'table') continue;
    const width = block.header.length;
    const rows: string[] = [];
    if (layout.mergedTitle)
      rows.push(
        row(
          cell([section], ` table:number-columns-spanned="${width}" table:number-rows-spanned="1"`) +
            covered(width - 1),
        ),
      );
    rows.push(row(block.header.map((h) => cell([h])).join('')));
    block.rows.forEach((r, i) => {
      const texts = block.header.map((_, c) => cellLines(r.cells[c] ?? []));
      if (layout.mergeFirstColumn) {
        const first =
          i === 0
            ? cell(
                texts[0] ?? [],
                ` table:number-columns-spanned="1" table:number-rows-spanned="${block.rows.length}"`,
              )
            : covered(1);
        rows.push(
          row(
            first +
              texts
                .slice(1)
                .map((t) => cell(t))
                .join(''),
          ),
        );
      } else {
        rows.push(row(texts.map((t) => cell(t)).join('')));
      }
    });
    sheets.push(
      sheet(sheetName(section, sheets.length + 1), rows),
    );
  }
  // Working notes the landlord hid before publishing: never part of the assessment.
  sheets.push(
    sheet(
      'Notes',
      [
        row(cell(['Provision']) + cell(['Owner']) + cell(['Internal note'])),
        row(cell(['9.9']) + cell(['Team']) + cell(['Hidden working note'])),
      ],
      true,
    ),
  );

  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3"><office:automatic-styles><style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style><style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style></office:automatic-styles><office:body><office:spreadsheet>${sheets.join('')}</office:spreadsheet></office:body></office:document-content>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta><dc:title>${escapeXml(title)}</dc:title></office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  // Dated the same every time, so a fixture written twice is the same bytes.
  const mtime = new Date(2024, 0, 1);
  return Buffer.from(
    zipSync({
      mimetype: [Buffer.from(ODS_MIME_TYPE), { level: 0, mtime }],
      'content.xml': [Buffer.from(content), { level: 6, mtime }],
      'meta.xml': [Buffer.from(meta), { level: 6, mtime }],
      'META-INF/manifest.xml': [Buffer.from(manifest), { level: 6, mtime }],
    }),
  );
}
