/** Which documents are rendered, by which producer, in which layout. */
import type { FixtureDocument } from '../fixture-model';
import type { DocxLayout } from '../render-docx';
import type { HtmlLayout } from '../render-html';
import type { SheetLayout } from '../render-sheets';
import type { PrintOptions } from './producers';

export type RenderSpec =
  | { kind: 'chromium'; layout: HtmlLayout; print: PrintOptions }
  | { kind: 'xlsx'; layout: SheetLayout }
  | { kind: 'ods'; layout: SheetLayout }
  | { kind: 'docx'; layout: DocxLayout }
  | { kind: 'html'; layout: HtmlLayout; savedFrom?: string }
  | { kind: 'libreoffice-html'; layout: HtmlLayout; tagged: boolean }
  | { kind: 'libreoffice-docx'; layout: DocxLayout; tagged: boolean };

export interface FixtureSpec {
  name: string;
  /** The corpus extraction the document is rebuilt from, or `document`: one of our own families. */
  corpus?: string;
  document?: () => FixtureDocument;
  /** The document the truth is read from, when it is not the one rendered (a report written from a table). */
  truth?: () => FixtureDocument;
  description: string;
  render: RenderSpec;
  select?: (doc: FixtureDocument) => FixtureDocument;
  rotate?: { degrees: 90 | 180 | 270; pages: string }[];
}

export const FIVE_COLUMNS = [8, 30, 9, 28, 25];
export const FOUR_COLUMNS = [8, 36, 9, 47];
export const PORTRAIT_TWIPS = 10206;
export const LANDSCAPE_TWIPS = 15138;
export const twips = (percent: number[], total: number): number[] => percent.map((p) => Math.round((p / 100) * total));

/** Keeps the tables whose first provision's section is listed, with the headings just before them. */
function sections(...wanted: number[]): (doc: FixtureDocument) => FixtureDocument {
  return (doc) => {
    const keep = doc.blocks.map((block) => block.kind === 'table' && wanted.includes(Number(block.rows[0]?.provision.split('.')[0])));
    const blocks = doc.blocks.filter((block, i) => {
      if (keep[i]) return true;
      if (block.kind !== 'heading') return i === 0;
      const nextTable = keep.findIndex((_, j) => j > i && doc.blocks[j]?.kind === 'table');
      return nextTable !== -1 && keep[nextTable] === true && doc.blocks.slice(i + 1, nextTable).every((b) => b.kind === 'heading');
    });
    return { ...doc, blocks };
  };
}

export const html = (overrides: Partial<HtmlLayout>): HtmlLayout => ({
  orientation: 'portrait',
  borders: 'grid',
  bullets: 'marker',
  fontFamily: 'Liberation Sans',
  fontSizePt: 9,
  shadedHeader: false,
  titleRow: false,
  columnWidths: FIVE_COLUMNS,
  ...overrides,
});

export const FIXTURE_SPECS: FixtureSpec[] = [
  {
    name: 'corpus-000-libreoffice-docx-grid',
    corpus: '000_d005444fd84a3908',
    description: 'Word file exported by LibreOffice: portrait, stroked grid, header row repeated, running header and page numbers, Symbol-font bullets',
    render: {
      kind: 'libreoffice-docx',
      tagged: false,
      layout: {
        orientation: 'portrait',
        borders: 'grid',
        fontFamily: 'Liberation Sans',
        fontSizePt: 9,
        shadedHeader: true,
        repeatHeader: true,
        runningHeader: 'Waltham Forest Council - Complaint Handling Code self-assessment 2024',
        columnWidths: twips(FIVE_COLUMNS, PORTRAIT_TWIPS),
      },
    },
  },
  {
    name: 'corpus-001-chromium-grid',
    corpus: '001_95dbe0d9508a35d5',
    description: 'Web page printed by Chromium: portrait, borders drawn as filled rectangles, thead repeated, shaded header, page numbers',
    render: { kind: 'chromium', layout: html({ shadedHeader: true }), print: { runningHeader: 'Octavia Housing self-assessment', tagged: true } },
  },
  {
    name: 'corpus-002-chromium-borderless-landscape',
    corpus: '002_d882b0485b76ad96',
    description: 'Web page printed by Chromium: landscape, no borders, browser list markers, serif font',
    render: {
      kind: 'chromium',
      layout: html({ orientation: 'landscape', borders: 'none', fontFamily: 'Liberation Serif', fontSizePt: 10 }),
      print: {},
    },
  },
  {
    name: 'corpus-003-libreoffice-docx-borderless',
    corpus: '003_c12ef68dc0e349cb',
    description: 'Word file exported by LibreOffice: 2022 four-column form, portrait, no borders, shaded header, tagged',
    render: {
      kind: 'libreoffice-docx',
      tagged: true,
      layout: {
        orientation: 'portrait',
        borders: 'none',
        fontFamily: 'DejaVu Sans',
        fontSizePt: 8,
        shadedHeader: true,
        repeatHeader: false,
        runningHeader: 'whg',
        columnWidths: twips(FOUR_COLUMNS, PORTRAIT_TWIPS),
      },
    },
  },
  {
    name: 'corpus-004-chromium-rules-landscape',
    corpus: '004_f04719c660cefd4a',
    description: 'Web page printed by Chromium: landscape, horizontal rules only, table title and header repeated on every page, Y/N answers',
    render: {
      kind: 'chromium',
      layout: html({ orientation: 'landscape', borders: 'rules', titleRow: true, bullets: 'glyph' }),
      print: { runningHeader: 'Lewisham Council' },
    },
  },
  {
    name: 'variant-000-libreoffice-html-rotated',
    corpus: '000_d005444fd84a3908',
    description: 'HTML exported by LibreOffice Writer/Web, sections 1 to 4, with page 2 turned by /Rotate 90 and page 3 by /Rotate 270',
    render: { kind: 'libreoffice-html', tagged: false, layout: html({ fontSizePt: 10 }) },
    select: sections(1, 2, 3, 4),
    rotate: [
      { degrees: 90, pages: '2' },
      { degrees: 270, pages: '3' },
    ],
  },
  {
    name: 'variant-002-chromium-shape-bullets',
    corpus: '002_d882b0485b76ad96',
    description: 'Web page printed by Chromium: sections 6 to 9, portrait, horizontal rules, bullets drawn as small filled squares, running header',
    render: {
      kind: 'chromium',
      layout: html({ borders: 'rules', bullets: 'shape', fontFamily: 'DejaVu Sans', fontSizePt: 8 }),
      print: { runningHeader: 'Kingston Council' },
    },
    select: sections(6, 7, 8, 9),
  },
  {
    name: 'variant-003-chromium-grid-landscape',
    corpus: '003_c12ef68dc0e349cb',
    description: 'Web page printed by Chromium: 2022 four-column form, sections 4 and 5, landscape, grid, square bullet glyphs',
    render: {
      kind: 'chromium',
      layout: html({ orientation: 'landscape', bullets: 'glyph', columnWidths: FOUR_COLUMNS, shadedHeader: true }),
      print: { tagged: true },
    },
    select: sections(4, 5),
  },

  {
    name: 'variant-001-libreoffice-docx-landscape',
    corpus: '001_95dbe0d9508a35d5',
    description: 'Word file exported by LibreOffice: sections 5 to 7, landscape, stroked grid, header row not repeated, serif font',
    render: {
      kind: 'libreoffice-docx',
      tagged: false,
      layout: {
        orientation: 'landscape',
        borders: 'grid',
        fontFamily: 'Liberation Serif',
        fontSizePt: 10,
        shadedHeader: false,
        repeatHeader: false,
        runningHeader: 'Octavia Housing',
        columnWidths: twips([7, 33, 8, 22, 30], LANDSCAPE_TWIPS),
      },
    },
    select: sections(5, 6, 7),
  },
  {
    name: 'variant-004-chromium-middle-borderless',
    corpus: '004_f04719c660cefd4a',
    description: 'Web page printed by Chromium: sections 5 and 6, portrait, no borders, cells vertically centred, Y/N answers',
    render: {
      kind: 'chromium',
      layout: html({ borders: 'none', verticalAlign: 'middle', fontSizePt: 8.5 }),
      print: {},
    },
    select: sections(5, 6),
  },
];

export interface SiblingFixture {
  name: string;
  format: 'docx' | 'html';
  /** File name without extension under fixtures/<format>/. */
  source: string;
  runningHeader?: string;
}

/** Word files go through LibreOffice, HTML pages through Chromium. */
export const SIBLING_FIXTURES: SiblingFixture[] = [
  { name: 'docx-merged-cells-libreoffice', format: 'docx', source: 'layout-merged-cells' },
  { name: 'docx-several-tables-libreoffice', format: 'docx', source: 'layout-several-tables' },
  { name: 'docx-2022-four-column-libreoffice', format: 'docx', source: 'layout-2022-four-column' },
  { name: 'docx-five-column-libreoffice', format: 'docx', source: 'layout-five-column' },
  { name: 'html-no-header-chromium', format: 'html', source: 'layout-no-header' },
  { name: 'html-thead-spans-chromium', format: 'html', source: 'layout-thead-spans', runningHeader: 'Self-assessment' },
  { name: 'html-combined-column-chromium', format: 'html', source: 'layout-combined-column' },
];
