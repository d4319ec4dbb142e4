import type { DocBlock, DocCell } from '../model/extracted-document';

/**
 * One spreadsheet sheet (Excel or OpenDocument) as document blocks: its name as a heading, lines of one or two
 * cells above its first row of three or more as paragraphs (a cover sheet's title and details), and every row
 * from there on as a row of one table. A sheet with no such row gives no table.
 */
export function sheetBlocks(
  name: string,
  rows: readonly DocCell[][],
  tableIndex: number,
): { blocks: DocBlock[]; nextTableIndex: number } {
  if (rows.length === 0) return { blocks: [], nextTableIndex: tableIndex };
  const blocks: DocBlock[] = [{ kind: 'heading', text: name, level: 2 }];
  const firstTableRow = rows.findIndex((cells) => cells.filter((c) => c.text && !c.spanned).length >= 3);
  rows.forEach((cells, i) => {
    const texts = cells.filter((c) => c.text && !c.spanned).map((c) => c.text);
    if (firstTableRow < 0 || i < firstTableRow) {
      if (texts.length > 0) blocks.push({ kind: 'paragraph', text: texts.join(': ') });
    } else {
      blocks.push({ kind: 'row', cells, tableIndex, rowIndex: i - firstTableRow });
    }
  });
  return { blocks, nextTableIndex: firstTableRow >= 0 ? tableIndex + 1 : tableIndex };
}
