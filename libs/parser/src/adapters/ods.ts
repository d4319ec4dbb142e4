import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ParseError } from '../errors';
import type { DocCell, ExtractedDocument } from '../model/extracted-document';
import { cellText, sheetsDocument, type SheetRows } from './sheet-blocks';
import { passwordProtectedError, readSizedDirectory, readZipEntry, type ZipEntry } from './zip-archive';

export interface OdsLimits {
  /** Largest uncompressed size of the spreadsheet's parts. */
  maxUncompressedBytes: number;
  /** Most rows read from one sheet (a sheet may declare a million repeated empty rows). */
  maxRowsPerSheet?: number;
}

export const ODS_MIME_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const MAX_ROWS_PER_SHEET = 5000;
const MAX_COLUMNS = 40;

const unreadable = (cause?: unknown): ParseError =>
  new ParseError(
    'ods_malformed',
    'The OpenDocument spreadsheet (.ods, as LibreOffice Calc saves it) could not be opened: it is damaged or not a real .ods file.',
    { ...(cause === undefined ? {} : { cause: cause instanceof Error ? cause.message : String(cause) }) },
  );

/**
 * OpenDocument spreadsheets (LibreOffice Calc, and Excel's "Save as .ods"): `content.xml` inside the ZIP, read
 * with fflate (`zip-archive.ts`: sized from the central directory before anything is inflated) and saxes, a streaming XML parser that
 * expands no entities of the document's own. Each visible sheet becomes a table exactly as an Excel sheet does
 * (`sheet-blocks.ts`): rows keep their empty cells so columns line up, merged cells repeat their text as `spanned`,
 * and lines of one or two cells above a sheet's first row of three or more are its title and details.
 */
export function extractOds(bytes: Uint8Array, limits: OdsLimits): ExtractedDocument {
  const entries = readSizedDirectory(bytes, limits.maxUncompressedBytes, {
    damaged: unreadable,
    tooLarge:
      'The spreadsheet expands to more data than can be read. Save the self-assessment sheets on their own.',
    document: 'OpenDocument spreadsheet',
  });
  // OpenDocument encrypts parts itself, leaving the ZIP's own flags clear: the manifest says so.
  if (
    entryText(bytes, entries, 'META-INF/manifest.xml', limits.maxUncompressedBytes)?.includes(
      'encryption-data',
    )
  ) {
    throw passwordProtectedError('ods_malformed', 'OpenDocument spreadsheet');
  }
  const content = entryText(bytes, entries, 'content.xml', limits.maxUncompressedBytes);
  if (content === null) throw unreadable('content.xml is missing or damaged');
  let sheets: SheetRows[];
  try {
    sheets = readSheets(content, limits.maxRowsPerSheet ?? MAX_ROWS_PER_SHEET);
  } catch (error) {
    throw unreadable(error);
  }
  return sheetsDocument('ods', sheets, readTitle(bytes, entries));
}

/** Whether a ZIP's `mimetype` entry names an OpenDocument spreadsheet. */
export function isOdsArchive(bytes: Uint8Array, entries: readonly ZipEntry[]): boolean {
  return entryText(bytes, entries, 'mimetype', 256)?.trim() === ODS_MIME_TYPE;
}

function entryText(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  name: string,
  maxBytes: number,
): string | null {
  const entry = entries.find((e) => e.name === name);
  const data = entry ? readZipEntry(bytes, entry, maxBytes) : null;
  return data ? new TextDecoder('utf-8').decode(data) : null;
}

/** A merged cell's text waiting for the rows below it: the columns it covers and the last row it reaches. */
interface RowSpan {
  masterRow: number;
  from: number;
  to: number;
  untilRow: number;
  text: string;
}

const count = (value: string | undefined, max: number): number => {
  const n = Number(value ?? '1');
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : 1;
};

function readSheets(xml: string, maxRows: number): SheetRows[] {
  const parser = new SaxesParser({ xmlns: false });
  const hiddenStyles = new Set<string>();
  const sheets: SheetRows[] = [];
  let sheet:
    (SheetRows & { rows: DocCell[][]; styleName: string; rowNumber: number; spans: RowSpan[] }) | null = null;
  let row: { cells: DocCell[]; hidden: boolean; repeat: number } | null = null;
  let cell: {
    paragraphs: string[];
    current: string | null;
    repeat: number;
    columns: number;
    rows: number;
    covered: boolean;
  } | null = null;
  let depthInNote = 0;
  let tableStyle: string | null = null;

  parser.on('opentag', (tag: SaxesTagPlain) => {
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'style:style':
        tableStyle = a['style:family'] === 'table' ? (a['style:name'] ?? null) : null;
        return;
      case 'style:table-properties':
        if (tableStyle && a['table:display'] === 'false') hiddenStyles.add(tableStyle);
        return;
      case 'table:table':
        sheet = {
          name: a['table:name'] ?? '',
          visible: true,
          rows: [],
          styleName: a['table:style-name'] ?? '',
          rowNumber: 0,
          spans: [],
        };
        return;
      case 'table:table-row':
        if (!sheet) return;
        row = {
          cells: [],
          hidden: a['table:visibility'] === 'collapse' || a['table:visibility'] === 'filter',
          repeat: count(a['table:number-rows-repeated'], maxRows),
        };
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (!row) return;
        cell = {
          paragraphs: [],
          current: null,
          repeat: count(a['table:number-columns-repeated'], MAX_COLUMNS),
          columns: count(a['table:number-columns-spanned'], MAX_COLUMNS),
          rows: count(a['table:number-rows-spanned'], maxRows),
          covered: tag.name === 'table:covered-table-cell',
        };
        return;
      case 'office:annotation':
        depthInNote++;
        return;
      case 'text:p':
      case 'text:h':
        if (cell && depthInNote === 0) cell.current = '';
        return;
      case 'text:s':
        if (cell?.current != null && depthInNote === 0) cell.current += ' '.repeat(count(a['text:c'], 64));
        return;
      case 'text:tab':
        if (cell?.current != null && depthInNote === 0) cell.current += ' ';
        return;
      case 'text:line-break':
        if (cell?.current != null && depthInNote === 0) cell.current += '\n';
        return;
      default:
        return;
    }
  });

  parser.on('text', (text) => {
    if (cell?.current != null && depthInNote === 0) cell.current += text;
  });

  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'style:style':
        tableStyle = null;
        return;
      case 'office:annotation':
        depthInNote = Math.max(0, depthInNote - 1);
        return;
      case 'text:p':
      case 'text:h':
        if (cell?.current != null && depthInNote === 0) {
          cell.paragraphs.push(cell.current);
          cell.current = null;
        }
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (row && sheet && cell) placeCell(sheet, row.cells, cell);
        cell = null;
        return;
      case 'table:table-row':
        if (sheet && row) closeRow(sheet, row, maxRows);
        row = null;
        return;
      case 'table:table':
        if (sheet) {
          sheet.visible = !hiddenStyles.has(sheet.styleName);
          sheets.push({ name: sheet.name, visible: sheet.visible, rows: sheet.rows });
        }
        sheet = null;
        return;
      default:
        return;
    }
  });

  parser.write(xml).close();
  return sheets;
}

function placeCell(
  sheet: { rowNumber: number; spans: RowSpan[] },
  cells: DocCell[],
  cell: { paragraphs: string[]; repeat: number; columns: number; rows: number; covered: boolean },
): void {
  const text = cellText(cell.paragraphs.join('\n'));
  for (let i = 0; i < cell.repeat && cells.length < MAX_COLUMNS; i++) {
    const column = cells.length;
    if (cell.covered) {
      cells.push(coveredCell(sheet, cells, column));
      continue;
    }
    cells.push({ text });
    if (cell.rows > 1)
      sheet.spans.push({
        masterRow: sheet.rowNumber,
        from: column,
        to: column + cell.columns - 1,
        untilRow: sheet.rowNumber + cell.rows - 1,
        text,
      });
  }
}

/** A covered cell repeats its merged cell's text: from the left in the same row, from above in a later one. */
function coveredCell(
  sheet: { rowNumber: number; spans: RowSpan[] },
  cells: DocCell[],
  column: number,
): DocCell {
  const above = sheet.spans.find(
    (s) =>
      column >= s.from && column <= s.to && sheet.rowNumber > s.masterRow && sheet.rowNumber <= s.untilRow,
  );
  if (above) return { text: above.text, spanned: 'row' };
  const left = cells[column - 1];
  return left ? { text: left.text, spanned: 'column' } : { text: '' };
}

function closeRow(
  sheet: { rows: DocCell[][]; rowNumber: number; spans: RowSpan[] },
  row: { cells: DocCell[]; hidden: boolean; repeat: number },
  maxRows: number,
): void {
  const cells = row.cells;
  while (cells.length > 0 && !cells[cells.length - 1]?.text) cells.pop();
  // A run of repeated empty rows (often to the last row of the sheet) is counted, never laid out.
  const copies = cells.length === 0 ? 0 : row.repeat;
  for (let i = 0; i < copies && sheet.rows.length < maxRows; i++) {
    if (!row.hidden) sheet.rows.push(i === 0 ? cells : cells.map((c) => ({ ...c })));
  }
  sheet.rowNumber += row.repeat;
  sheet.spans = sheet.spans.filter((s) => s.untilRow >= sheet.rowNumber);
}

/** The document's title property (`dc:title` in meta.xml), when it has one. */
function readTitle(bytes: Uint8Array, entries: readonly ZipEntry[]): string | undefined {
  const xml = entryText(bytes, entries, 'meta.xml', 1024 * 1024);
  if (!xml) return undefined;
  let inTitle = false;
  let title = '';
  try {
    const parser = new SaxesParser({ xmlns: false });
    parser.on('opentag', (tag) => {
      if (tag.name === 'dc:title') inTitle = true;
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'dc:title') inTitle = false;
    });
    parser.on('text', (text) => {
      if (inTitle) title += text;
    });
    parser.write(xml).close();
  } catch {
    return undefined;
  }
  return title.trim() || undefined;
}
