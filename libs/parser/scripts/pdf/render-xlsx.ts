/** Renders a fixture document as an Excel workbook: a cover sheet, then one sheet per table (one per Code section). */
import ExcelJS from 'exceljs';
import { cellText, type FixtureDocument } from './fixture-model';

export interface XlsxLayout {
  /** A first sheet with the title and details, as many landlords add. */
  cover: boolean;
  /** Merge the section title across the table above its header row. */
  mergedTitle: boolean;
  /** Merge runs of the same text down the first column (a Section column). */
  mergeFirstColumn?: boolean;
}

export async function renderXlsx(doc: FixtureDocument, layout: XlsxLayout): Promise<Buffer> {
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
    const sheet = workbook.addWorksheet(title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || `Table ${workbook.worksheets.length}`);
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
