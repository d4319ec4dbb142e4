/**
 * Puts the pages together: removes running headers and footers, follows tables across page breaks
 * (same table index, `afterBreak` on the first rows of each later page), drops table titles repeated
 * at page tops, and emits headings, paragraphs and rows in reading order.
 */
import type { DocBlock, DocCell, RowBlock } from '../../model/extracted-document';
import { applyRowSpans, columnGroups, type Span } from './cell-spans';
import { assembleCellText } from './cell-text';
import { columnIndex, splitAcross } from './column-grid';
import { medianFontSize, union, type Box } from './geometry';
import { regionOf, type Fragment, type PageContent } from './page-content';
import { removeFurniture } from './page-furniture';
import { joinLeadingText, type RowDraft } from './row-builder';
import { carryOf, findPageItems, type PageTable, type TableCarry } from './table-finder';
import { headerKey } from './table-header';
import { readTextBlocks } from './text-blocks';

interface OpenDocTable {
  index: number;
  nextRow: number;
  key: string;
  /** The table's last row so far, when it is a header row. */
  headerLast: RowBlock | null;
  /** The table's last body row so far. */
  lastBody: RowBlock | null;
  /** Headings seen right before the table started: they come back as titles on later pages. */
  titles: string[];
}

function cellBox(table: PageTable, column: number, y0: number, y1: number): Box {
  const b = table.columns.boundaries;
  return { x0: b[column - 1] ?? table.box.x0, x1: b[column] ?? table.box.x1, y0, y1 };
}

/** Cells of one row; a cell merged across columns is read as one block of text and repeated. */
function toCells(page: PageContent, table: PageTable, cells: readonly Fragment[][], y0: number, y1: number, spans: readonly Span[] = []): DocCell[] {
  const out: DocCell[] = [];
  for (const [first, last] of columnGroups(spans, cells.length)) {
    const fragments = first === last ? (cells[first] ?? []) : cells.slice(first, last + 1).flat();
    const text = assembleCellText(fragments, page.graphics.marks);
    const textBox = text !== '' ? union(fragments) : null;
    const box = textBox ?? { ...cellBox(table, first, y0, y1), x1: cellBox(table, last, y0, y1).x1 };
    for (let c = first; c <= last; c++) {
      const cell: DocCell = { text, regions: [regionOf(page, box)] };
      if (c > first) cell.spanned = 'column';
      out.push(cell);
    }
  }
  return out;
}

function headerCells(table: PageTable): Fragment[][] {
  const cells: Fragment[][] = Array.from({ length: table.columns.boundaries.length + 1 }, () => []);
  const { boundaries, ruled } = table.columns;
  for (const line of table.header?.lines ?? []) {
    for (const f of line.fragments.flatMap((f) => splitAcross(f, boundaries, ruled))) cells[columnIndex(boundaries, f.x0 + 1)]?.push(f);
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

/**
 * A merged cell cut by a page break leaves its text on the earlier page: the top rows of the next page
 * that the merge covers (an unnumbered continuation and the rows spanned from it) get that text.
 */
function continueSpans(previous: RowBlock, bodies: DocCell[][], table: PageTable): void {
  const first = table.rows[0];
  if (!first || first.numbered) return;
  for (let c = 0; c < (bodies[0]?.length ?? 0); c++) {
    let end = 1;
    while (end < bodies.length && table.spans[end]?.[c] === 'row') end++;
    const group = bodies.slice(0, end).flatMap((cells) => (cells[c] ? [cells[c]] : []));
    const text = previous.cells[c]?.text ?? '';
    if (end < 2 || text === '' || group.some((cell) => cell.text !== '')) continue;
    for (const cell of group) {
      cell.text = text;
      cell.spanned = 'row';
    }
  }
}

export interface BuiltDocument {
  blocks: DocBlock[];
  warnings: string[];
}

export function buildDocument(pages: readonly PageContent[]): BuiltDocument {
  const warnings: string[] = [];
  const furniture = removeFurniture(pages.map((p) => ({ height: p.height, lines: p.lines })));
  const cleaned = pages.map((page, i) => ({ ...page, lines: furniture.pages[i] ?? page.lines }));
  const bodySize = medianFontSize(cleaned.flatMap((p) => p.lines)) || 10;

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
        open = { index: tableCount++, nextRow: 0, key, titles: recentHeadings, headerLast: null, lastBody: null };
      }
      const current: OpenDocTable = open;
      let afterBreak = continues;
      const emit = (cells: DocCell[], isHeader: boolean): void => {
        const row: RowBlock = { kind: 'row', cells, tableIndex: current.index, rowIndex: current.nextRow++, page: page.pageNumber };
        if (afterBreak) row.afterBreak = true;
        afterBreak = false;
        blocks.push(row);
        current.headerLast = isHeader ? row : null;
        if (!isHeader) current.lastBody = row;
      };
      if (table.header) {
        emit(toCells(page, table, headerCells(table), table.header.y0, table.header.y1), true);
        // The first body row after a repeated header also follows the page break.
        afterBreak = continues;
      }
      const rows = continues || table.rowsRuled ? table.rows : joinLeadingText(table.rows, table.numberColumn, table.fontSize);
      const spans = rows.length === table.rows.length ? table.spans : table.spans.slice(table.rows.length - rows.length);
      const bodies = rows.map((row, i) => toCells(page, table, row.cells, row.y0, row.y1, spans[i]));
      applyRowSpans(bodies, spans);
      if (continues && current.lastBody) continueSpans(current.lastBody, bodies, table);
      rows.forEach((row: RowDraft, i) => {
        const cells = bodies[i] ?? [];
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
