import type { DocBlock, DocCell, ExtractedDocument } from '../model/extracted-document';

/** One sheet of a workbook as its adapter reads it: rows keep their empty cells so columns line up. */
export interface SheetRows {
  name: string;
  visible: boolean;
  rows: readonly DocCell[][];
}

/**
 * A spreadsheet (Excel or OpenDocument) as a document: each visible sheet's name as a heading, lines of one or two
 * cells above its first row of three or more as paragraphs (a cover sheet's title and details), and every row
 * from there on as a row of one table. A sheet with no such row gives no table.
 */
export function sheetsDocument(format: 'xlsx' | 'ods', sheets: Iterable<SheetRows>, title: string | undefined): ExtractedDocument {
  const blocks: DocBlock[] = [];
  let tableIndex = 0;
  for (const sheet of sheets) {
    if (!sheet.visible) continue;
    const read = sheetBlocks(sheet.name, sheet.rows, tableIndex);
    blocks.push(...read.blocks);
    tableIndex = read.nextTableIndex;
  }
  return { format, blocks, metadata: title ? { title } : {}, warnings: [] };
}

function sheetBlocks(name: string, rows: readonly DocCell[][], tableIndex: number): { blocks: DocBlock[]; nextTableIndex: number } {
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

/** A cell's text as one line per paragraph, runs of spaces, tabs and no-break spaces as one space. */
export function cellText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
