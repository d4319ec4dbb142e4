import type { Block, Cell, CellBlock, FixtureDoc, FixtureDocument, FixtureTable, InlineRun, Para, Table } from './fixture-model';
import { escapeMarkup, escapeXml } from './markup';

export interface HtmlStyle {
  /** Put header rows in <thead> (one per table) rather than as plain rows. */
  thead: boolean;
  /** Wrap cell paragraphs in <p> and nest inline markup, as CMS exports do. */
  richMarkup: boolean;
}

/** Renders a `FixtureDoc` as a standalone HTML page with real <table> markup, as a landlord's web page has. */
export function renderHtml(doc: FixtureDoc, style: HtmlStyle): string {
  const body = doc.blocks.map((b) => renderBlock(b, style)).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapePage(doc.title)}</title>`,
    '<style>table{border-collapse:collapse;width:100%;margin-bottom:1em}td,th{border:1px solid #555;padding:4px;vertical-align:top;font:9pt Arial}th{background:#d9e2f3}</style>',
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlock(block: Block, style: HtmlStyle): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapePage(block.text)}</h${block.level}>`;
    case 'paragraph':
      return block.strong ? `<p><strong>${escapePage(block.text)}</strong></p>` : `<p>${escapePage(block.text)}</p>`;
    case 'pageBreak':
      return '<div style="page-break-after:always"></div>';
    case 'image':
      return `<div class="logo"><img src="logo.png" alt="${escapePage(block.alt)}" width="160" height="48"></div>`;
    case 'table':
      return renderTable(block.table, style);
  }
}

function renderTable(table: Table, style: HtmlStyle): string {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const cols = table.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join('');
  const head = style.thead ? table.rows.filter((r, i) => r.header && i === 0) : [];
  const body = table.rows.filter((r) => !head.includes(r));
  const headHtml = head.length ? `<thead>\n${head.map((r) => renderRow(r.cells, true, style)).join('\n')}\n</thead>\n` : '';
  const bodyHtml = body.map((r) => renderRow(r.cells, r.header ?? false, style)).join('\n');
  return `<table>\n<colgroup>${cols}</colgroup>\n${headHtml}<tbody>\n${bodyHtml}\n</tbody>\n</table>`;
}

function renderRow(cells: readonly Cell[], header: boolean, style: HtmlStyle): string {
  const tag = header ? 'th' : 'td';
  return `<tr>${cells.map((c) => `<${tag}${spanAttrs(c)}>${renderParas(c.paras, style)}</${tag}>`).join('')}</tr>`;
}

function spanAttrs(c: Cell): string {
  return (c.colSpan && c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '') + (c.rowSpan && c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '');
}

function renderParas(paras: readonly Para[], style: HtmlStyle): string {
  const out: string[] = [];
  let list: string[] = [];
  let listTag = 'ul';
  const flush = (): void => {
    if (list.length) out.push(`<${listTag}>${list.join('')}</${listTag}>`);
    list = [];
  };
  for (const p of paras) {
    const inner = inline(p, style);
    if (p.bullet || p.numbered) {
      const tag = p.numbered ? 'ol' : 'ul';
      if (tag !== listTag) flush();
      listTag = tag;
      list.push(`<li>${inner}</li>`);
      continue;
    }
    flush();
    out.push(style.richMarkup ? `<p>${inner}</p>` : out.length ? `<br>${inner}` : inner);
  }
  flush();
  return out.join('');
}

function inline(p: Para, style: HtmlStyle): string {
  const text = escapePage(p.text).replace(/\n/g, '<br>');
  if (p.strong) return `<strong>${text}</strong>`;
  if (p.link) return text.replace(escapePage(p.link.text), `<a href="${escapePage(p.link.href)}">${escapePage(p.link.text)}</a>`);
  if (!style.richMarkup) return text;
  // CMS exports wrap runs in spans and turn policy names into links.
  return `<span style="font-family:Arial">${text.replace(/(Complaints Policy|Compensation Policy)/g, '<a href="https://example.org/policy">$1</a>')}</span>`;
}

/** Page text as CMS exports write it: apostrophes as `&rsquo;`, non-breaking spaces named. */
function escapePage(text: string): string {
  return escapeMarkup(text).replace(/'/g, '&rsquo;').replace(/\u00a0/g, '&nbsp;');
}

// Printable pages of provision tables, in the layouts of pdf/fixture-specs.ts.

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
  /** Cell padding left and right; 5pt unless set (4pt when `cellPaddingPt` is 0). */
  cellPaddingXPt?: number;
  /** Header cells' text: left unless set; centred as browsers set a plain <th>. */
  headerAlign?: 'left' | 'center';
  /** The header row in <thead>, repeated by browsers on every page (the default), or a plain first row printed once. */
  repeatHeader?: boolean;
}

function styledRun(run: InlineRun): string {
  let html = escapeXml(run.text);
  if (run.styles.includes('bold')) html = `<b>${html}</b>`;
  if (run.styles.includes('italic')) html = `<i>${html}</i>`;
  if (run.styles.includes('underline')) html = `<u>${html}</u>`;
  if (run.styles.includes('link')) html = `<a href="#">${html}</a>`;
  return html;
}

function styledCell(blocks: CellBlock[], layout: HtmlLayout): string {
  let html = '';
  let inList = false;
  for (const block of blocks) {
    const body = block.runs.map(styledRun).join('');
    if (block.bullet && !inList) html += `<ul class="bullets-${layout.bullets}">`;
    if (!block.bullet && inList) html += '</ul>';
    inList = block.bullet;
    html += block.bullet ? `<li>${layout.bullets === 'glyph' ? '▪ ' : ''}${body}</li>` : `<p>${body}</p>`;
  }
  return inList ? `${html}</ul>` : html;
}

function styledTable(table: FixtureTable, layout: HtmlLayout): string {
  const cols = table.header.map((_, i) => `<col style="width:${layout.columnWidths[i] ?? 15}%">`).join('');
  const title = layout.titleRow && table.title ? `<tr><th class="title" colspan="${table.header.length}">${escapeXml(table.title)}</th></tr>` : '';
  const header = `<tr>${table.header.map((text) => `<th>${escapeXml(text)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map((row) => `<tr>${table.header.map((_, i) => `<td>${styledCell(row.cells[i] ?? [], layout)}</td>`).join('')}</tr>`)
    .join('\n');
  if (layout.repeatHeader === false) return `<table><colgroup>${cols}</colgroup><tbody>${title}${header}\n${body}\n</tbody></table>`;
  return `<table><colgroup>${cols}</colgroup><thead>${title}${header}</thead><tbody>\n${body}\n</tbody></table>`;
}

function styledCss(layout: HtmlLayout): string {
  const line = '0.75pt solid #000';
  const cellBorder =
    layout.borders === 'grid' ? `border:${line};` : layout.borders === 'rules' ? `border-bottom:${line};` : 'border:none;';
  return `
@page { size: A4 ${layout.orientation}; margin: 16mm 14mm 18mm 14mm; }
body { font-family: '${layout.fontFamily}'; font-size: ${layout.fontSizePt}pt; line-height: 1.25; color: #000; }
h1 { font-size: ${layout.fontSizePt + 5}pt; } h2 { font-size: ${layout.fontSizePt + 3}pt; margin: 14pt 0 6pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-bottom: 10pt; }
th, td { ${cellBorder} padding: ${layout.cellPaddingPt ?? 3}pt ${layout.cellPaddingXPt ?? (layout.cellPaddingPt === 0 ? 4 : 5)}pt; vertical-align: ${layout.verticalAlign ?? 'top'}; text-align: left; }
th { font-weight: bold; ${layout.shadedHeader ? 'background:#d9d9d9;' : ''} ${layout.headerAlign === 'center' ? 'text-align: center;' : ''} }
th.title { text-align: left; font-size: ${layout.fontSizePt + 1}pt; }
td p { margin: 0 0 3pt; } td ul { margin: 0 0 3pt; padding-left: 14pt; }
ul.bullets-shape, ul.bullets-glyph { list-style: none; padding-left: 2pt; }
ul.bullets-shape li { padding-left: 10pt; position: relative; }
ul.bullets-shape li::before { content: ''; position: absolute; left: 1pt; top: 0.45em; width: 3.5pt; height: 3.5pt; background: #000; }
tr { break-inside: auto; }
a { color: #1d4f91; }
`;
}

/** Renders a `FixtureDocument` as a printable HTML page in one of several table styles (`HtmlLayout`). */
export function renderStyledHtml(doc: FixtureDocument, layout: HtmlLayout): string {
  const parts = doc.blocks.map((block, i) => {
    if (block.kind === 'table') return styledTable(block, layout);
    if (block.kind === 'heading') return i === 0 ? `<h1>${escapeXml(block.text)}</h1>` : `<h2>${escapeXml(block.text)}</h2>`;
    return `<p>${escapeXml(block.text)}</p>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(doc.landlord)} self-assessment</title><style>${styledCss(layout)}</style></head><body>\n${parts.join('\n')}\n</body></html>`;
}
