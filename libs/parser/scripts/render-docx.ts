import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Cell, CellBlock, FixtureDoc, FixtureDocument, FixtureTable, Para, Table } from './fixture-model';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const PAGE_WIDTH_TWIPS = { portrait: 9638, landscape: 13958 };

// A 1x1 transparent PNG: stands in for a logo, which only matters for its alt text.
const LOGO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const INDENT = { paragraph: { indent: { left: 284, hanging: 227 } } };

/** Numbered lists restart in every cell: each run of numbered paragraphs gets its own numbering instance. */
let listInstance = 0;

/** Renders a `FixtureDoc` as a real Word document: Word tables, list numbering, merged cells, header rows. */
export async function renderDocx(doc: FixtureDoc): Promise<Buffer> {
  const width = doc.landscape ? PAGE_WIDTH_TWIPS.landscape : PAGE_WIDTH_TWIPS.portrait;
  const numbered = doc.blocks.some((b) => b.kind === 'table' && b.table.rows.some((r) => r.cells.some((c) => c.paras.some((p) => p.numbered))));
  const document = new Document({
    creator: 'Complaint Handling Code fixtures',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Arial', size: 18 } } } },
    numbering: {
      config: [
        {
          reference: 'cell-bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.LEFT, style: INDENT }],
        },
        ...(numbered
          ? [{ reference: 'cell-numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: INDENT }] }]
          : []),
      ],
    },
    sections: [
      {
        properties: { page: { size: { orientation: doc.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
        children: doc.blocks.flatMap((block) => renderBlock(block, width)),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function renderBlock(block: Block, pageWidth: number): (Paragraph | DocxTable)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, bold: block.strong ?? false })] })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'image':
      return [
        new Paragraph({
          children: [new ImageRun({ type: 'png', data: LOGO_PNG, transformation: { width: 120, height: 40 }, altText: { name: 'Logo', description: block.alt, title: block.alt } })],
        }),
      ];
    case 'table':
      return [renderTable(block.table, pageWidth), new Paragraph({ text: '' })];
  }
}

function renderTable(table: Table, pageWidth: number): DocxTable {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const columnWidths = table.widths.map((w) => Math.round((w / total) * pageWidth));
  return new DocxTable({
    width: { size: pageWidth, type: WidthType.DXA },
    columnWidths,
    rows: table.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header ?? false,
          cantSplit: false,
          children: row.cells.map((c) => renderCell(c, row.header ?? false)),
        }),
    ),
  });
}

function renderCell(c: Cell, header: boolean): TableCell {
  const paras = c.paras.length ? c.paras.map((p, i) => renderPara(p, header, !c.paras[i - 1]?.numbered)) : [new Paragraph({ text: '' })];
  return new TableCell({
    children: paras,
    ...(c.colSpan && c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    ...(header ? { shading: { fill: 'D9E2F3' } } : {}),
  });
}

function renderPara(p: Para, header: boolean, listStart: boolean): Paragraph {
  if (p.numbered && listStart) listInstance++;
  const numbering = p.bullet
    ? { numbering: { reference: 'cell-bullets', level: 0 } }
    : p.numbered
      ? { numbering: { reference: 'cell-numbers', level: 0, instance: listInstance } }
      : {};
  return new Paragraph({ children: runs(p, header), ...numbering });
}

/** The paragraph's text as runs: line breaks inside it, and its link as a real hyperlink. */
function runs(p: Para, header: boolean): ParagraphChild[] {
  const bold = header || (p.strong ?? false);
  const textRuns = (text: string): TextRun[] => text.split('\n').map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
  const at = p.link ? p.text.indexOf(p.link.text) : -1;
  if (!p.link || at < 0) return textRuns(p.text);
  const before = p.text.slice(0, at);
  const after = p.text.slice(at + p.link.text.length);
  const link = new ExternalHyperlink({ link: p.link.href, children: [new TextRun({ text: p.link.text, bold, style: 'Hyperlink' })] });
  return [...(before ? textRuns(before) : []), link, ...(after ? textRuns(after) : [])];
}

// Provision tables in the layouts of pdf/fixture-specs.ts.

export interface DocxLayout {
  orientation: 'portrait' | 'landscape';
  borders: 'grid' | 'none';
  fontFamily: string;
  fontSizePt: number;
  shadedHeader: boolean;
  repeatHeader: boolean;
  /** Text of a running page header; the footer always carries "Page N of M". */
  runningHeader: string;
  /** Column widths in twentieths of a point. */
  columnWidths: number[];
  /** Space after each paragraph and the cells' top and bottom margins, in twentieths of a point (60 unless set). */
  paragraphAfter?: number;
  cellMarginTopBottom?: number;
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = 850;

function cellParagraphs(blocks: CellBlock[], after: number): Paragraph[] {
  if (blocks.length === 0) return [new Paragraph({})];
  return blocks.map(
    (block) =>
      new Paragraph({
        spacing: { after },
        ...(block.bullet ? { numbering: { reference: 'bullets', level: 0 } } : {}),
        children: block.runs.map(
          (run) =>
            new TextRun({
              text: run.text,
              bold: run.styles.includes('bold'),
              italics: run.styles.includes('italic'),
              underline: run.styles.includes('underline') || run.styles.includes('link') ? {} : undefined,
              color: run.styles.includes('link') ? '1D4F91' : undefined,
            }),
        ),
      }),
  );
}

function styledTable(table: FixtureTable, layout: DocxLayout): DocxTable {
  const line: IBorderOptions =
    layout.borders === 'grid' ? { style: BorderStyle.SINGLE, size: 4, color: '000000' } : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const width = (i: number): number => layout.columnWidths[i] ?? 1500;
  const headerRow = new TableRow({
    tableHeader: layout.repeatHeader,
    children: table.header.map(
      (text, i) =>
        new TableCell({
          width: { size: width(i), type: WidthType.DXA },
          ...(layout.shadedHeader ? { shading: { type: ShadingType.CLEAR, fill: 'D9D9D9', color: 'auto' } } : {}),
          children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        children: table.header.map(
          (_, i) => new TableCell({ width: { size: width(i), type: WidthType.DXA }, children: cellParagraphs(row.cells[i] ?? [], layout.paragraphAfter ?? 60) }),
        ),
      }),
  );
  return new DocxTable({
    layout: TableLayoutType.FIXED,
    columnWidths: table.header.map((_, i) => width(i)),
    width: { size: table.header.reduce((sum, _, i) => sum + width(i), 0), type: WidthType.DXA },
    margins: { top: layout.cellMarginTopBottom ?? 60, bottom: layout.cellMarginTopBottom ?? 60, left: 90, right: 90 },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [headerRow, ...rows],
  });
}

/**
 * Renders a `FixtureDocument` as a Word file in one of several layouts (`DocxLayout`), the way most landlords author
 * their self-assessments: page header and numbered footer, fixed column widths, Symbol-font bullets.
 */
export async function renderStyledDocx(doc: FixtureDocument, layout: DocxLayout): Promise<Buffer> {
  const children = doc.blocks.flatMap((block, i) => {
    if (block.kind === 'table') return [styledTable(block, layout), new Paragraph({})];
    if (block.kind === 'heading') {
      return [new Paragraph({ heading: i === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    }
    return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(block.text)] })];
  });
  const document = new Document({
    creator: doc.landlord,
    title: `${doc.landlord} Complaint Handling Code self-assessment`,
    styles: { default: { document: { run: { font: layout.fontFamily, size: layout.fontSizePt * 2 } } } },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\uf0b7',
              alignment: AlignmentType.LEFT,
              style: { run: { font: 'Symbol' }, paragraph: { indent: { left: 300, hanging: 220 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: layout.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: layout.runningHeader, size: 16 })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 16, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
