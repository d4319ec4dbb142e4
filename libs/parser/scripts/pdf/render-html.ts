/** Renders a fixture document as a printable HTML page in one of several table styles. */
import type { CellBlock, FixtureDocument, FixtureTable, InlineRun } from './fixture-model';

export interface HtmlLayout {
  orientation: 'portrait' | 'landscape';
  /** grid: every cell boxed; rules: horizontal lines only; none: no lines at all. */
  borders: 'grid' | 'rules' | 'none';
  /** marker: the browser's list marker; shape: a small square drawn by CSS; glyph: a '▪' character. */
  bullets: 'marker' | 'shape' | 'glyph';
  fontFamily: string;
  fontSizePt: number;
  shadedHeader: boolean;
  /** Repeat the table title as a row above the header on every page. */
  titleRow: boolean;
  columnWidths: number[];
  verticalAlign?: 'top' | 'middle';
  /** Cell padding; 3pt unless set. */
  cellPaddingPt?: number;
}

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function renderRun(run: InlineRun): string {
  let html = escape(run.text);
  if (run.styles.includes('bold')) html = `<b>${html}</b>`;
  if (run.styles.includes('italic')) html = `<i>${html}</i>`;
  if (run.styles.includes('underline')) html = `<u>${html}</u>`;
  if (run.styles.includes('link')) html = `<a href="#">${html}</a>`;
  return html;
}

function renderCell(blocks: CellBlock[], layout: HtmlLayout): string {
  let html = '';
  let inList = false;
  for (const block of blocks) {
    const body = block.runs.map(renderRun).join('');
    if (block.bullet && !inList) html += `<ul class="bullets-${layout.bullets}">`;
    if (!block.bullet && inList) html += '</ul>';
    inList = block.bullet;
    html += block.bullet ? `<li>${layout.bullets === 'glyph' ? '▪ ' : ''}${body}</li>` : `<p>${body}</p>`;
  }
  return inList ? `${html}</ul>` : html;
}

function renderTable(table: FixtureTable, layout: HtmlLayout): string {
  const cols = table.header.map((_, i) => `<col style="width:${layout.columnWidths[i] ?? 15}%">`).join('');
  const title = layout.titleRow && table.title ? `<tr><th class="title" colspan="${table.header.length}">${escape(table.title)}</th></tr>` : '';
  const header = `<tr>${table.header.map((text) => `<th>${escape(text)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map((row) => `<tr>${table.header.map((_, i) => `<td>${renderCell(row.cells[i] ?? [], layout)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><colgroup>${cols}</colgroup><thead>${title}${header}</thead><tbody>\n${body}\n</tbody></table>`;
}

function css(layout: HtmlLayout): string {
  const line = '0.75pt solid #000';
  const cellBorder =
    layout.borders === 'grid' ? `border:${line};` : layout.borders === 'rules' ? `border-bottom:${line};` : 'border:none;';
  return `
@page { size: A4 ${layout.orientation}; margin: 16mm 14mm 18mm 14mm; }
body { font-family: '${layout.fontFamily}'; font-size: ${layout.fontSizePt}pt; line-height: 1.25; color: #000; }
h1 { font-size: ${layout.fontSizePt + 5}pt; } h2 { font-size: ${layout.fontSizePt + 3}pt; margin: 14pt 0 6pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 10pt; }
th, td { ${cellBorder} padding: ${layout.cellPaddingPt ?? 3}pt ${layout.cellPaddingPt === 0 ? 4 : 5}pt; vertical-align: ${layout.verticalAlign ?? 'top'}; text-align: left; }
th { font-weight: bold; ${layout.shadedHeader ? 'background:#d9d9d9;' : ''} }
th.title { text-align: left; font-size: ${layout.fontSizePt + 1}pt; }
td p { margin: 0 0 3pt; } td ul { margin: 0 0 3pt; padding-left: 14pt; }
ul.bullets-shape, ul.bullets-glyph { list-style: none; padding-left: 2pt; }
ul.bullets-shape li { padding-left: 10pt; position: relative; }
ul.bullets-shape li::before { content: ''; position: absolute; left: 1pt; top: 0.45em; width: 3.5pt; height: 3.5pt; background: #000; }
tr { break-inside: auto; }
a { color: #1d4f91; }
`;
}

export function renderHtml(doc: FixtureDocument, layout: HtmlLayout): string {
  const parts = doc.blocks.map((block, i) => {
    if (block.kind === 'table') return renderTable(block, layout);
    if (block.kind === 'heading') return i === 0 ? `<h1>${escape(block.text)}</h1>` : `<h2>${escape(block.text)}</h2>`;
    return `<p>${escape(block.text)}</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.landlord)} self-assessment</title><style>${css(layout)}</style></head><body>\n${parts.join('\n')}\n</body></html>`;
}
