import type { DocBlock, DocCell, RowBlock } from '../model/extracted-document';
import type { ParseWarning } from '../model/parsed-submission';
import { refineByContent, refineNumberColumn } from './column-content';
import { readHeaderRow, type ColumnMap } from '../vocabulary/header-row';
import { defaultColumns, inferColumns } from './columns';
import { toRoleLine, type RoleLine } from './lines';

export interface Segmented {
  lines: RoleLine[];
  /** Tables that carried provision rows. */
  tables: number;
  /** Each header row as tab-separated text (for version detection). */
  headers: string[];
  warnings: ParseWarning[];
}

/**
 * Turns the document's row blocks into role lines. Header rows set the column map (and are dropped wherever
 * they repeat); rows before any header are set aside; a table with no header of its own keeps the map in force
 * when its width matches, otherwise its columns are inferred from content.
 */
export function segmentRows(blocks: readonly DocBlock[]): Segmented {
  const rows = blocks.filter((b): b is RowBlock => b.kind === 'row');
  const warnings: ParseWarning[] = [];
  const lines: RoleLine[] = [];
  const tables = new Set<string>();
  const headers: string[] = [];
  let columns: ColumnMap | null = null;
  let pending: RowBlock[] = [];
  let table: number | undefined;
  // Text extractions have no table indexes: a header after prose starts a new table, a repeated one does not.
  let textTable = 0;
  let previous: DocBlock | undefined;

  const emit = (row: RowBlock, map: ColumnMap): void => {
    lines.push(toRoleLine(row, map, lines.length));
    tables.add(row.tableIndex === undefined ? `text:${textTable}` : `table:${row.tableIndex}`);
  };

  let skip = 0;
  for (const [index, block] of blocks.entries()) {
    const before = previous;
    previous = block;
    if (block.kind !== 'row' || skip-- > 0) continue;
    skip = 0;
    if (block.tableIndex !== table) {
      table = block.tableIndex;
      if (columns && !columns.fromHeader) columns = null;
      if (columns && block.cells.length !== columns.roles.length) columns = inferFor(rows, table) ?? columns;
    }
    let header = readHeaderRow(block.cells);
    // A header broken over two rows can read as a header with an unfamiliar cell ("Code") on its first row alone.
    const split = header && namedRoles(header) === header.roles.length ? null : readSplitHeader(block, blocks[index + 1]);
    if (split && (!header || namedRoles(split) > namedRoles(header))) {
      header = split;
      skip = 1;
    }
    if (header) {
      headers.push(block.cells.map((c) => c.text).join('\t'));
      if (block.tableIndex === undefined && before?.kind !== 'row') textTable++;
      const below = rowsBelow(blocks, index + 1 + skip, block.tableIndex);
      columns = refineByContent(refineNumberColumn(header, below), below);
      pending = [];
      continue;
    }
    if (columns) emit(block, columns);
    else pending.push(block);
  }

  if (lines.length === 0 && pending.length > 0) {
    const inferred = inferColumns(pending.map((r) => r.cells));
    const width = pending.reduce((max, r) => Math.max(max, r.cells.length), 0);
    const map = inferred ?? defaultColumns(width);
    warnings.push({
      code: 'header_not_found',
      message: inferred
        ? 'No header row was found; columns were recognised from their content.'
        : 'No header row was found; the usual column order (number, requirement, answer, evidence, commentary) was assumed.',
    });
    for (const row of pending) emit(row, map);
  }
  return { lines, tables: tables.size, headers, warnings };
}

const ROWS_TO_CHECK = 60;

/** The cells of the rows that follow a header in the same table, for checking its column roles against content. */
function rowsBelow(blocks: readonly DocBlock[], from: number, table: number | undefined): DocCell[][] {
  const rows: DocCell[][] = [];
  for (let i = from; i < blocks.length && rows.length < ROWS_TO_CHECK; i++) {
    const block = blocks[i];
    if (block?.kind !== 'row') continue;
    if (block.tableIndex !== table) break;
    rows.push(block.cells);
  }
  return rows;
}

function inferFor(rows: readonly RowBlock[], table: number | undefined): ColumnMap | null {
  if (table === undefined) return null;
  return inferColumns(rows.filter((r) => r.tableIndex === table).map((r) => r.cells));
}

function namedRoles(map: ColumnMap): number {
  return map.roles.filter((r) => r !== 'ignore').length;
}

/** A header row broken over two rows (by a page break or a wrapped cell): "Code" / "section", "Comply:" / "Yes/No". */
function readSplitHeader(row: RowBlock, next: DocBlock | undefined): ColumnMap | null {
  if (next?.kind !== 'row' || next.cells.length !== row.cells.length) return null;
  if ([...row.cells, ...next.cells].some((c) => c.text.length > 60) || readHeaderRow(next.cells)) return null;
  const merged = row.cells.map((c, i) => ({ text: `${c.text} ${next.cells[i]?.text ?? ''}`.trim() }));
  return readHeaderRow(merged);
}
