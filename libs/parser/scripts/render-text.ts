import type { Block, Cell, FixtureDoc, Para, Row } from './fixture-model';

/** A cell's paragraphs as the lines a reader sees: bullets as '• ', numbered items as '1. ', breaks kept. */
export function cellLines(paras: readonly Para[]): string[] {
  let item = 0;
  return paras.flatMap((p) => {
    item = p.numbered ? item + 1 : 0;
    const text = p.bullet ? `• ${p.text}` : p.numbered ? `${item}. ${p.text}` : p.text;
    return text.split('\n');
  });
}

/** GitHub-flavoured Markdown: pipe tables with escaped pipes, `<br>` inside cells, links and bold titles. */
export function renderMarkdown(doc: FixtureDoc): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') out.push(`${'#'.repeat(block.level)} ${block.text}`, '');
    else if (block.kind === 'paragraph') out.push(block.strong ? `**${block.text}**` : block.text, '');
    else if (block.kind === 'image') out.push(`![${block.alt}](logo.png)`, '');
    else if (block.kind === 'table') {
      block.table.rows.forEach((row, i) => {
        out.push(`| ${spread(row).map(markdownCell).join(' | ')} |`);
        if (i === 0)
          out.push(`|${row.cells.flatMap((c) => Array<string>(c.colSpan ?? 1).fill(' --- ')).join('|')}|`);
      });
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function markdownCell(cell: Cell | null): string {
  if (!cell) return '';
  let item = 0;
  return cell.paras
    .map((p) => {
      item = p.numbered ? item + 1 : 0;
      let text = p.text.replace(/\|/g, '\\|');
      if (p.link) text = text.replace(p.link.text, `[${p.link.text}](${p.link.href})`);
      if (p.strong) text = `**${text}**`;
      return (p.bullet ? `• ${text}` : p.numbered ? `${item}. ${text}` : text).replace(/\n/g, '<br>');
    })
    .join('<br>');
}

/** A row's cells by column: a merged cell fills its first column, the columns it covers are null. */
function spread(row: Row): (Cell | null)[] {
  return row.cells.flatMap((c) => [c, ...Array<null>((c.colSpan ?? 1) - 1).fill(null)]);
}

/**
 * Plain text with a separator between cells and no outer border ("1.2 | text | Yes"), as exported from a
 * spreadsheet: one line per line of the tallest cell, the other cells left empty on continuation lines.
 */
export function renderSeparated(doc: FixtureDoc, separator: string): string {
  const out: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      for (const row of block.table.rows) {
        const cells = spread(row).map((c) => (c ? cellLines(c.paras) : []));
        const height = Math.max(1, ...cells.map((c) => c.length));
        for (let i = 0; i < height; i++)
          out.push(
            cells
              .map((c) => c[i] ?? '')
              .join(separator)
              .trimEnd(),
          );
      }
      out.push('');
    } else out.push(...proseLines(block), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function proseLines(block: Block): string[] {
  if (block.kind === 'heading' || block.kind === 'paragraph') return [block.text];
  if (block.kind === 'image') return [block.alt];
  return [];
}

export interface SpacedOptions {
  /** Characters per column. */
  widths: number[];
  /** Spaces between columns (one per gap, or one for all). */
  gutters: number[];
  margin: number;
  /** Lines per page before a form feed; the table header repeats at the top of each page. */
  pageLines: number;
  /** The header as printed, line by line (a wrapped header has two or three). */
  header: string[][];
  centreHeader?: boolean;
  /** Page furniture. */
  top?: string;
  bottom?: (page: number, pages: number) => string;
  /** Extra spaces before each column on a page (cycled by page): pdftotext lays every page out anew. */
  pageShift?: number[][];
  /** Per-line offsets (cycled) of one column's text: proportional fonts make a column's start wander. */
  jitter?: { column: number; offsets: number[] };
}

/** A line before pagination: prose text, or cells to be placed in the page's columns. */
interface Line {
  text?: string;
  cells?: string[];
  centre?: boolean;
  /** Header lines to repeat when a page starts here. */
  inTable: Line[] | null;
}

/**
 * What `pdftotext -layout` makes of a PDF table: columns aligned with spaces only, wrapped cells continuing
 * on the lines below, a blank line between rows, page furniture and the header repeated after each form feed;
 * optionally columns that sit elsewhere on each page and a column whose start wanders from line to line.
 */
export function renderSpaced(doc: FixtureDoc, options: SpacedOptions): string {
  const lines: Line[] = [];
  const total =
    options.widths.reduce((a, b) => a + b, 0) +
    options.widths.slice(1).reduce((sum, _w, i) => sum + gutter(options, i), 0);
  const headerLines: Line[] = options.header.map((cells) => ({
    cells,
    centre: options.centreHeader ?? false,
    inTable: null,
  }));
  for (const block of doc.blocks) {
    if (block.kind !== 'table') {
      for (const text of proseLines(block))
        for (const wrapped of wrap(text, total)) lines.push({ text: wrapped, inTable: null });
      if (proseLines(block).length) lines.push({ text: '', inTable: null });
      continue;
    }
    lines.push(...headerLines);
    for (const row of block.table.rows.filter((r) => !r.header)) {
      if (row.cells.length === 1 && (row.cells[0]?.colSpan ?? 1) > 1) {
        for (const wrapped of wrap(cellLines(row.cells[0]?.paras ?? []).join(' '), total))
          lines.push({ text: wrapped, inTable: headerLines });
      } else {
        const cells = row.cells.map((c, i) =>
          cellLines(c.paras).flatMap((l) => wrap(l, options.widths[i] ?? 10)),
        );
        const height = Math.max(1, ...cells.map((c) => c.length));
        for (let k = 0; k < height; k++)
          lines.push({ cells: cells.map((c) => c[k] ?? ''), inTable: headerLines });
      }
      lines.push({ text: '', inTable: headerLines });
    }
  }
  return paginate(lines, options);
}

function isBlank(line: Line): boolean {
  return line.cells ? line.cells.every((c) => !c.trim()) : !(line.text ?? '').trim();
}

function paginate(lines: readonly Line[], options: SpacedOptions): string {
  const pages: Line[][] = [];
  let page: Line[] = [];
  for (const line of lines) {
    if (page.length >= options.pageLines) {
      pages.push(page);
      page = line.inTable && !isBlank(line) ? [...line.inTable] : [];
    }
    if (page.length === 0 && isBlank(line)) continue;
    page.push(line);
  }
  if (page.length) pages.push(page);
  const pad = ' '.repeat(options.margin);
  let lineNo = 0;
  return pages
    .map((body, i) => {
      const shift = options.pageShift?.[i % options.pageShift.length] ?? [];
      const text = body.map((l) =>
        l.cells ? layoutLine(l.cells, options, shift, l.centre ?? false, lineNo++) : pad + (l.text ?? ''),
      );
      const top = options.top ? [pad + options.top, ''] : [];
      const bottom = options.bottom ? ['', pad + options.bottom(i + 1, pages.length)] : [];
      return `${[...top, ...text, ...bottom].map((l) => l.trimEnd()).join('\n')}\n`;
    })
    .join('\f');
}

function gutter(options: SpacedOptions, gap: number): number {
  return options.gutters[gap] ?? options.gutters[0] ?? 2;
}

function layoutLine(
  cells: readonly string[],
  options: SpacedOptions,
  shift: readonly number[],
  centre: boolean,
  lineNo: number,
): string {
  let out = '';
  let x = options.margin;
  cells.forEach((text, i) => {
    const width = options.widths[i] ?? text.length;
    if (i > 0) x += (options.widths[i - 1] ?? 0) + gutter(options, i - 1);
    x += shift[i] ?? 0;
    const jitter =
      options.jitter && options.jitter.column === i && !centre
        ? (options.jitter.offsets[lineNo % options.jitter.offsets.length] ?? 0)
        : 0;
    const at = x + jitter + (centre ? Math.max(0, Math.floor((width - text.length) / 2)) : 0);
    if (!text) return;
    out = out.length < at ? out.padEnd(at) : `${out} `;
    out += text;
  });
  return out.trimEnd();
}

/** Greedy word wrap; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) out.push(line);
      out.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}
