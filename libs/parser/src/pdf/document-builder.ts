/**
 * Puts the pages together: removes running headers and footers, follows tables across page breaks
 * (same table index, `afterBreak` on the first rows of each later page), drops table titles repeated
 * at page tops, and emits headings, paragraphs and rows in reading order.
 */
import type { DocBlock, DocCell, RowBlock } from '../model/extracted-document';
import { assembleCellText } from './cell-text';
import { columnIndex } from './column-grid';
import { median, union, type Box } from './geometry';
import { regionOf, type Fragment, type PageContent } from './page-content';
import { removeFurniture } from './page-furniture';
import type { RowDraft } from './row-builder';
import { carryOf, findPageItems, type PageTable, type TableCarry } from './table-finder';
import { headerKey } from './table-header';
import { readTextBlocks } from './text-blocks';

interface OpenDocTable {
  index: number;
  nextRow: number;
  key: string;
  /** The table's last row so far, when it is a header row. */
  headerLast: RowBlock | null;
  /** Headings seen right before the table started: they come back as titles on later pages. */
  titles: string[];
}

function cellBox(table: PageTable, column: number, y0: number, y1: number): Box {
  const b = table.columns.boundaries;
  return { x0: b[column - 1] ?? table.box.x0, x1: b[column] ?? table.box.x1, y0, y1 };
}

function toCells(page: PageContent, table: PageTable, cells: readonly Fragment[][], y0: number, y1: number): DocCell[] {
  return cells.map((fragments, column) => {
    const text = assembleCellText(fragments, page.graphics.marks);
    const box = (text !== '' ? union(fragments) : null) ?? cellBox(table, column, y0, y1);
    return { text, regions: [regionOf(page, box)] };
  });
}

function headerCells(table: PageTable): Fragment[][] {
  const cells: Fragment[][] = Array.from({ length: table.columns.boundaries.length + 1 }, () => []);
  for (const line of table.header?.lines ?? []) {
    for (const f of line.fragments) cells[columnIndex(table.columns.boundaries, f.x0 + 1)]?.push(f);
  }
  return cells;
}

function appendCells(row: RowBlock, cells: readonly DocCell[]): void {
  row.cells = row.cells.map((cell, i) => {
    const extra = cells[i];
    if (!extra || extra.text === '') return cell;
    return { text: cell.text === '' ? extra.text : `${cell.text} ${extra.text}`, regions: [...(cell.regions ?? []), ...(extra.regions ?? [])] };
  });
}

export interface BuiltDocument {
  blocks: DocBlock[];
  warnings: string[];
}

export function buildDocument(pages: readonly PageContent[]): BuiltDocument {
  const warnings: string[] = [];
  const furniture = removeFurniture(pages.map((p) => ({ height: p.height, lines: p.lines })));
  const cleaned = pages.map((page, i) => ({ ...page, lines: furniture.pages[i] ?? page.lines }));
  const bodySize = median(cleaned.flatMap((p) => p.lines.flatMap((l) => l.fragments.map((f) => f.fontSize)))) || 10;

  const blocks: DocBlock[] = [];
  let carry: TableCarry | null = null;
  let open: OpenDocTable | null = null;
  let tableCount = 0;
  let recentHeadings: string[] = [];

  for (const page of cleaned) {
    const items = findPageItems(page, carry);
    let atTop = true;
    carry = null;
    for (const [itemIndex, item] of items.entries()) {
      if (item.kind === 'text') {
        for (const block of readTextBlocks(item.lines, bodySize, page.pageNumber, page.graphics.marks)) {
          const repeatedTitle = atTop && open !== null && block.kind === 'heading' && open.titles.includes(block.text);
          if (repeatedTitle) continue;
          const { box: _box, ...plain } = block;
          blocks.push(plain);
          if (block.kind === 'heading') recentHeadings = [...recentHeadings.slice(-2), block.text];
          else recentHeadings = [];
          open = null;
          atTop = false;
        }
        continue;
      }
      const table = item.table;
      const key = headerKey(table.columns.headerTexts ?? []);
      const continues = atTop && open !== null && (table.header === null || key === open.key);
      if (!continues || !open) {
        open = { index: tableCount++, nextRow: 0, key, titles: recentHeadings, headerLast: null };
      }
      const current: OpenDocTable = open;
      let afterBreak = continues;
      const emit = (cells: DocCell[], isHeader: boolean): void => {
        const row: RowBlock = { kind: 'row', cells, tableIndex: current.index, rowIndex: current.nextRow++, page: page.pageNumber };
        if (afterBreak) row.afterBreak = true;
        afterBreak = false;
        blocks.push(row);
        current.headerLast = isHeader ? row : null;
      };
      if (table.header) {
        emit(toCells(page, table, headerCells(table), table.header.y0, table.header.y1), true);
        // The first body row after a repeated header also follows the page break.
        afterBreak = continues;
      }
      table.rows.forEach((row: RowDraft, i) => {
        const cells = toCells(page, table, row.cells, row.y0, row.y1);
        // A header row cut by the page end: its rest opens the next page, before any numbered row.
        if (i === 0 && continues && !table.header && !row.numbered && current.headerLast) {
          appendCells(current.headerLast, cells);
          current.headerLast = null;
          return;
        }
        emit(cells, false);
      });
      recentHeadings = [];
      atTop = false;
      if (itemIndex === items.length - 1) carry = carryOf(table);
    }
    if (items.length > 0 && items[items.length - 1]?.kind !== 'table') open = null;
  }
  if (furniture.removed > 0) warnings.push(`Removed ${furniture.removed} running header, footer or page-number line(s).`);
  return { blocks, warnings };
}
