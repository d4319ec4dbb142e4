/** What a published workbook holds, independent of how it is written (see workbook-writer.ts). */

export type XlsxCell = string | number | null;

/** Shown where a table has no value, as ONS/GSS guidance asks (never a blank cell). */
export const NOT_AVAILABLE = '[x]';

export interface WorkbookTable {
  /** Under 31 characters, no []:*?/\ (Excel's limits). */
  sheetName: string;
  /** One sentence for the cover sheet's list of tables. */
  description: string;
  columns: { header: string; width?: number }[];
  /** Known before writing (the cover sheet states it); the writer fails if the rows differ. */
  rowCount: number;
  rows: AsyncIterable<XlsxCell[]> | Iterable<XlsxCell[]>;
}

export interface NamedValue {
  name: string;
  value: string;
}

export interface WorkbookCover {
  title: string;
  /** What the data is, a sentence a line. */
  about: string[];
  /** Every filter of the export, including those left at "all". */
  filters: NamedValue[];
  generatedAt: Date;
  generatedBy: string;
  /** Data, parser and catalog versions. */
  versions: NamedValue[];
  caveats: string[];
}

export interface WorkbookNote {
  term: string;
  definition: string;
}

export interface WorkbookSpec {
  cover: WorkbookCover;
  notes: WorkbookNote[];
  tables: WorkbookTable[];
}

const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/** Throws when Excel would refuse or rename the sheet. */
export function assertSheetName(name: string): void {
  if (name.length === 0 || name.length >= 31 || FORBIDDEN_IN_SHEET_NAME.test(name)) {
    throw new Error(`Sheet name "${name}" must be 1 to 30 characters without []:*?/\\`);
  }
}
