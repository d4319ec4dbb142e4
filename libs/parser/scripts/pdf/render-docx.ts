/** Renders a fixture document as a Word file, the way most landlords author their self-assessments. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { CellBlock, FixtureDocument, FixtureTable } from './fixture-model';

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

function renderTable(table: FixtureTable, layout: DocxLayout): Table {
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
  return new Table({
    layout: TableLayoutType.FIXED,
    columnWidths: table.header.map((_, i) => width(i)),
    width: { size: table.header.reduce((sum, _, i) => sum + width(i), 0), type: WidthType.DXA },
    margins: { top: layout.cellMarginTopBottom ?? 60, bottom: layout.cellMarginTopBottom ?? 60, left: 90, right: 90 },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [headerRow, ...rows],
  });
}

export async function renderDocx(doc: FixtureDocument, layout: DocxLayout): Promise<Buffer> {
  const children = doc.blocks.flatMap((block, i) => {
    if (block.kind === 'table') return [renderTable(block, layout), new Paragraph({})];
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
