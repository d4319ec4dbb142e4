import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  assertSheetName,
  NOT_AVAILABLE,
  type WorkbookCover,
  type WorkbookSpec,
  type WorkbookTable,
  type XlsxCell,
} from './workbook-spec';

/** Rows written between checks that the download keeps up. */
const ROWS_PER_DRAIN_CHECK = 200;
const COVER_SHEET = 'Cover';
const NOTES_SHEET = 'Notes';

type Worksheet = ExcelJS.Worksheet;

/**
 * Writes a workbook laid out as ONS/GSS spreadsheet guidance asks: a cover sheet (title in A1,
 * what the data is, filters, when and by whom, versions, the tables with their row counts, caveats),
 * a notes sheet, then one table per sheet with its header in row 1, frozen; no merged cells, no
 * blank table cells ([x] instead), nothing said by colour alone. Sheets are written one after the
 * other through exceljs's streaming writer, so rows leave for `out` as they are produced.
 * Resolves with the rows written per table sheet.
 */
export async function writeWorkbook(out: Writable, spec: WorkbookSpec): Promise<Record<string, number>> {
  for (const table of spec.tables) assertSheetName(table.sheetName);
  const zipped = new PassThrough();
  const delivered = pipeTo(zipped, out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: zipped,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = spec.cover.generatedBy;
  workbook.created = spec.cover.generatedAt;
  workbook.title = spec.cover.title;

  writeCover(workbook.addWorksheet(COVER_SHEET), spec);
  writeNotes(workbook.addWorksheet(NOTES_SHEET, frozenHeader()), spec);
  const written: Record<string, number> = {};
  for (const table of spec.tables) {
    written[table.sheetName] = await writeTable(
      workbook.addWorksheet(table.sheetName, frozenHeader()),
      table,
      zipped,
    );
  }
  await workbook.commit();
  await delivered;
  return written;
}

function frozenHeader(): Partial<ExcelJS.AddWorksheetOptions> {
  return { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] };
}

function pipeTo(source: PassThrough, out: Writable): Promise<void> {
  source.pipe(out);
  return new Promise((resolve, reject) => {
    source.once('end', resolve);
    source.once('error', reject);
    out.once('error', reject);
  });
}

function writeCover(sheet: Worksheet, spec: WorkbookSpec): void {
  const { cover } = spec;
  sheet.getColumn(1).width = 110;
  const heading = (text: string, size: number) => {
    const row = sheet.addRow([text]);
    row.font = { bold: true, size };
    row.commit();
  };
  const line = (text: string) => sheet.addRow([text]).commit();
  heading(cover.title, 16);
  for (const text of cover.about) line(text);
  heading('Filters applied', 13);
  for (const filter of cover.filters) line(`${filter.name}: ${filter.value}`);
  heading('Generated', 13);
  line(`Generated on ${cover.generatedAt.toISOString()} by ${cover.generatedBy}.`);
  for (const version of cover.versions) line(`${version.name}: ${version.value}`);
  heading('Contents', 13);
  line(
    `${NOTES_SHEET}: definitions of the statuses, rates and markers used in this workbook (${spec.notes.length} notes).`,
  );
  for (const table of spec.tables)
    line(`${table.sheetName}: ${table.description} (${rowsText(table.rowCount)}).`);
  heading('Caveats', 13);
  for (const caveat of cover.caveats) line(caveat);
  line(`Cells showing ${NOT_AVAILABLE} hold no value (see ${NOTES_SHEET}).`);
  sheet.commit();
}

function rowsText(count: number): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? 'row' : 'rows'}`;
}

function writeNotes(sheet: Worksheet, spec: WorkbookSpec): void {
  sheet.columns = [
    { header: 'Term', width: 28 },
    { header: 'Definition', width: 110 },
  ];
  styleHeader(sheet);
  for (const note of spec.notes) sheet.addRow([note.term, note.definition]).commit();
  sheet.commit();
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
}

async function writeTable(sheet: Worksheet, table: WorkbookTable, zipped: PassThrough): Promise<number> {
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width ?? 16 }));
  styleHeader(sheet);
  let written = 0;
  for await (const cells of table.rows) {
    sheet.addRow(cells.map(cellValue)).commit();
    written += 1;
    if (written % ROWS_PER_DRAIN_CHECK === 0 && zipped.writableNeedDrain) await once(zipped, 'drain');
  }
  sheet.commit();
  if (written !== table.rowCount) {
    throw new Error(
      `Sheet ${table.sheetName}: the cover states ${table.rowCount} rows but ${written} were written`,
    );
  }
  return written;
}

function cellValue(value: XlsxCell): string | number {
  return value === null || value === '' ? NOT_AVAILABLE : value;
}

export type { WorkbookCover };
