import type { DocCell } from '../model/extracted-document';
import type { HtmlElement } from './html-dom';
import { elementText } from './html-text';

const MAX_SPAN = 1000;

/** The rows of one table (its own, not those of tables nested in its cells), header sections first. */
export function tableRows(table: HtmlElement): HtmlElement[] {
  const head: HtmlElement[] = [];
  const body: HtmlElement[] = [];
  const foot: HtmlElement[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.name === 'tr') body.push(child);
    else if (child.name === 'thead') head.push(...directRows(child));
    else if (child.name === 'tbody') body.push(...directRows(child));
    else if (child.name === 'tfoot') foot.push(...directRows(child));
  }
  return [...head, ...body, ...foot];
}

function directRows(section: HtmlElement): HtmlElement[] {
  return section.children.filter((c): c is HtmlElement => c.type === 'element' && c.name === 'tr');
}

/**
 * Lays a table's cells on a grid, honouring colspan and rowspan, so every row has one cell per column.
 * A merged cell's text stays in its top-left position; covered positions repeat it marked `spanned`.
 */
export function tableGrid(table: HtmlElement): DocCell[][] {
  const rows = tableRows(table);
  const grid: (DocCell | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    const line = grid[r] ?? [];
    let col = 0;
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.name !== 'td' && cell.name !== 'th')) continue;
      while (line[col]) col++;
      const text = elementText(cell);
      const colspan = clampSpan(cell.attrs['colspan'], 1);
      const rowspan = clampSpan(cell.attrs['rowspan'], rows.length - r);
      for (let dr = 0; dr < Math.min(rowspan, rows.length - r); dr++) {
        const target = grid[r + dr];
        if (!target) continue;
        for (let dc = 0; dc < colspan; dc++) {
          if (target[col + dc]) continue;
          const spanned = dc > 0 ? 'column' : dr > 0 ? 'row' : undefined;
          target[col + dc] = spanned ? { text, spanned } : { text };
        }
      }
      col += colspan;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? { text: '' }));
}

function clampSpan(raw: string | undefined, zeroMeans: number): number {
  const value = raw === undefined ? 1 : parseInt(raw, 10);
  if (!Number.isFinite(value) || value < 0) return 1;
  // rowspan="0" means "to the end of the table section".
  if (value === 0) return Math.max(1, Math.min(zeroMeans, MAX_SPAN));
  return Math.min(value, MAX_SPAN);
}
