import type ExcelJS from 'exceljs';
import { ParseError } from '../errors';
import type { DocCell, ExtractedDocument } from '../model/extracted-document';
import { cellText, sheetsDocument } from './sheet-blocks';
import { readSizedDirectory } from './zip-archive';

export interface XlsxLimits {
  /** Largest uncompressed size of the workbook's parts. */
  maxUncompressedBytes: number;
  /** Most rows read from one sheet (a sheet formatted to row 1,048,576 has empty rows all the way down). */
  maxRowsPerSheet?: number;
}

const MAX_ROWS_PER_SHEET = 5000;

const unreadable = (cause?: unknown): ParseError =>
  new ParseError('xlsx_malformed', 'The Excel workbook could not be opened: it is damaged or not a real .xlsx file.', {
    ...(cause === undefined ? {} : { cause: cause instanceof Error ? cause.message : String(cause) }),
  });

/**
 * Excel workbooks: each visible sheet is a table (often one per Code section, sometimes after a cover sheet).
 * Rows keep their empty cells so columns line up; merged cells repeat their text as `spanned`, as in Word and
 * HTML. Lines of one or two cells above a sheet's first row of three or more are the sheet's title and details
 * (`sheet-blocks.ts`, shared with OpenDocument spreadsheets).
 */
export async function extractXlsx(bytes: Uint8Array, limits: XlsxLimits): Promise<ExtractedDocument> {
  // The ZIP directory is checked before anything is inflated, so a small file cannot expand into gigabytes.
  readSizedDirectory(bytes, limits.maxUncompressedBytes, {
    damaged: unreadable,
    tooLarge: 'The Excel workbook expands to more data than can be read. Save the self-assessment sheets on their own.',
    document: 'Excel workbook',
  });
  // Loaded on first use: exceljs is large, and most processes that import the parser never read a workbook.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw unreadable(error);
  }
  const sheets = workbook.worksheets.map((sheet) => {
    const visible = sheet.state === 'visible';
    return { name: sheet.name, visible, rows: visible ? sheetRows(sheet, limits.maxRowsPerSheet ?? MAX_ROWS_PER_SHEET) : [] };
  });
  return sheetsDocument('xlsx', sheets, workbook.title?.trim());
}

function sheetRows(sheet: ExcelJS.Worksheet, maxRows: number): DocCell[][] {
  const width = Math.min(sheet.columnCount, 40);
  const rows: DocCell[][] = [];
  const last = Math.min(sheet.rowCount, maxRows);
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r);
    if (row.hidden) continue;
    const cells: DocCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c)));
    while (cells.length > 0 && !cells[cells.length - 1]?.text) cells.pop();
    rows.push(cells);
  }
  // Trailing empty rows say nothing; empty rows inside a table are kept as breaks by dropping them too.
  return rows.filter((cells) => cells.some((c) => c.text));
}

function cellOf(cell: ExcelJS.Cell): DocCell {
  if (cell.isMerged && cell.master.address !== cell.address) {
    const sameRow = Number(cell.master.row) === Number(cell.row);
    return { text: textOf(cell.master), spanned: sameRow ? 'column' : 'row' };
  }
  return { text: textOf(cell) };
}

function textOf(cell: ExcelJS.Cell): string {
  let text: string;
  try {
    text = cell.text ?? '';
  } catch {
    text = '';
  }
  return cellText(text);
}
