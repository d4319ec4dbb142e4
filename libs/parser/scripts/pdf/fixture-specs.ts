/** Which documents are rendered, by which producer, in which layout. */
import { reportDocument, wrappedEvidenceDocument } from './family-documents';
import type { FixtureDocument } from './fixture-model';
import type { DocxLayout } from './render-docx';
import type { HtmlLayout } from './render-html';
import type { PrintOptions } from './producers';
import type { OdsLayout } from './render-ods';
import type { XlsxLayout } from './render-xlsx';

export type RenderSpec =
  | { kind: 'chromium'; layout: HtmlLayout; print: PrintOptions }
  | { kind: 'xlsx'; layout: XlsxLayout }
  | { kind: 'ods'; layout: OdsLayout }
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

const FIVE_COLUMNS = [8, 30, 9, 28, 25];
const FOUR_COLUMNS = [8, 36, 9, 47];
const PORTRAIT_TWIPS = 10206;
const LANDSCAPE_TWIPS = 15138;
const twips = (percent: number[], total: number): number[] => percent.map((p) => Math.round((p / 100) * total));

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

const html = (overrides: Partial<HtmlLayout>): HtmlLayout => ({
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

const wrapped = (landlord: string, seed: number, sections: number[]) => () =>
  wrappedEvidenceDocument({ landlord, year: 2024, seed, sections, longShare: 0.45 });

/** Borderless tables whose evidence wraps over many lines, rows of very different heights, rows cut by page breaks. */
const sectionLabels = (landlord: string, seed: number, sectionColumn: 'repeated' | 'first-only') => () =>
  wrappedEvidenceDocument({ landlord, year: 2025, seed, sections: [4, 5, 6], longShare: 0.2, sectionColumn });

const SIX_COLUMNS = [12, 7, 24, 9, 28, 20];

const answers = (landlord: string, seed: number) => () => wrappedEvidenceDocument({ landlord, year: 2024, seed, sections: [1, 2, 5], longShare: 0.3 });
const report = (landlord: string, seed: number, style: 'numbered' | 'labelled'): Pick<FixtureSpec, 'document' | 'truth'> => ({
  document: () => reportDocument(answers(landlord, seed)(), style),
  truth: answers(landlord, seed),
});

export const FAMILY_SPECS: FixtureSpec[] = [
  {
    name: 'family-report-numbered-chromium',
    ...report('Brookvale Homes', 31, 'numbered'),
    description: 'A report without a table, printed by Chromium: "1.2 The requirement" headings, then "Compliant:", "Evidence:", "Commentary:" paragraphs',
    render: { kind: 'chromium', layout: html({}), print: {} },
  },
  {
    name: 'family-report-labelled-libreoffice-docx',
    ...report('Saltmarsh Housing Association', 32, 'labelled'),
    description: 'A report without a table, Word exported by LibreOffice: "Provision 1.2" headings, the requirement, "Do we comply?", an "Evidence" line, "Comments:"',
    render: {
      kind: 'libreoffice-docx',
      tagged: false,
      layout: { orientation: 'portrait', borders: 'none', fontFamily: 'Liberation Serif', fontSizePt: 11, shadedHeader: false, repeatHeader: false, runningHeader: '', columnWidths: [] },
    },
  },
  {
    name: 'family-report-labelled',
    ...report('Saltmarsh Housing Association', 33, 'labelled'),
    description: 'A Word report without a table: "Provision 1.2" headings and labelled paragraphs',
    render: {
      kind: 'docx',
      layout: { orientation: 'portrait', borders: 'none', fontFamily: 'Liberation Sans', fontSizePt: 10, shadedHeader: false, repeatHeader: false, runningHeader: '', columnWidths: [] },
    },
  },
  {
    name: 'family-report-numbered',
    ...report('Brookvale Homes', 34, 'numbered'),
    description: 'A web page report without a table, saved from a browser: numbered provision headings and labelled paragraphs',
    render: { kind: 'html', layout: html({}), savedFrom: 'https://www.brookvalehomes.org.uk/complaints' },
  },
  {
    name: 'family-section-column-repeated-chromium',
    document: sectionLabels('Larchfield Homes', 21, 'repeated'),
    description: 'Web page printed by Chromium: a first column repeating the section label on every row before the Provision column, grid',
    render: { kind: 'chromium', layout: html({ orientation: 'landscape', columnWidths: SIX_COLUMNS }), print: {} },
  },
  {
    name: 'family-section-column-first-only-libreoffice-docx',
    document: sectionLabels('Moorgate Housing Trust', 22, 'first-only'),
    description: 'Word file exported by LibreOffice: the section label in the first column of a section\'s first row only, no borders',
    render: {
      kind: 'libreoffice-docx',
      tagged: false,
      layout: {
        orientation: 'landscape',
        borders: 'none',
        fontFamily: 'Liberation Sans',
        fontSizePt: 9,
        shadedHeader: true,
        repeatHeader: true,
        runningHeader: 'Moorgate Housing Trust',
        columnWidths: twips(SIX_COLUMNS, LANDSCAPE_TWIPS),
      },
    },
  },
  {
    name: 'family-section-column-repeated',
    document: sectionLabels('Larchfield Homes', 23, 'repeated'),
    description: 'Web page: a Section column repeating the label on every row, saved from a browser (a comment before the doctype)',
    render: { kind: 'html', layout: html({ columnWidths: SIX_COLUMNS }), savedFrom: 'https://www.larchfieldhomes.org.uk/about-us/complaints/self-assessment' },
  },
  {
    name: 'family-section-column-first-only',
    document: sectionLabels('Moorgate Housing Trust', 24, 'first-only'),
    description: 'Word document: the section label on a section\'s first row only',
    render: {
      kind: 'docx',
      layout: {
        orientation: 'landscape',
        borders: 'grid',
        fontFamily: 'Liberation Sans',
        fontSizePt: 9,
        shadedHeader: false,
        repeatHeader: true,
        runningHeader: '',
        columnWidths: twips(SIX_COLUMNS, LANDSCAPE_TWIPS),
      },
    },
  },
  {
    name: 'family-section-column-merged',
    document: sectionLabels('Ferncombe Housing', 25, 'repeated'),
    description: 'Excel workbook: the section label merged down the first column of each section',
    render: { kind: 'xlsx', layout: { cover: false, mergedTitle: false, mergeFirstColumn: true } },
  },
  {
    name: 'family-borderless-wrapped-chromium',
    document: wrapped('Riverside Vale Homes', 11, [1, 3, 5]),
    description: 'Web page printed by Chromium: no borders, long wrapped evidence, rows of very different heights, rows broken over pages',
    render: { kind: 'chromium', layout: html({ borders: 'none', columnWidths: [10, 25, 12, 31, 22] }), print: {} },
  },
  {
    name: 'family-borderless-tight-chromium',
    document: wrapped('Ashdown Tenant Housing', 12, [2, 4, 6]),
    description: 'Web page printed by Chromium: no borders, no cell padding, landscape, wrapped evidence longer than the requirement',
    render: {
      kind: 'chromium',
      layout: html({ borders: 'none', orientation: 'landscape', cellPaddingPt: 0, fontFamily: 'DejaVu Sans', fontSizePt: 8, columnWidths: [8, 24, 9, 37, 22] }),
      print: {},
    },
  },
  {
    name: 'family-borderless-wrapped-libreoffice-docx',
    document: wrapped('Northfield Community Homes', 13, [1, 5, 6]),
    description: 'Word file exported by LibreOffice: no borders, long wrapped evidence and commentary, header repeated on each page',
    render: {
      kind: 'libreoffice-docx',
      tagged: false,
      layout: {
        orientation: 'portrait',
        borders: 'none',
        fontFamily: 'Liberation Sans',
        fontSizePt: 9,
        shadedHeader: false,
        repeatHeader: true,
        runningHeader: '',
        columnWidths: twips([7, 27, 9, 35, 22], PORTRAIT_TWIPS),
      },
    },
  },
  {
    name: 'family-borderless-tight-libreoffice-docx',
    document: wrapped('Kestrel Park Housing', 15, [2, 6, 9]),
    description: 'Word file exported by LibreOffice: no borders, no cell margins above or below, paragraphs spaced 8pt apart as Word does by default',
    render: {
      kind: 'libreoffice-docx',
      tagged: false,
      layout: {
        orientation: 'landscape',
        borders: 'none',
        fontFamily: 'Liberation Sans',
        fontSizePt: 9,
        shadedHeader: true,
        repeatHeader: false,
        runningHeader: 'Kestrel Park Housing',
        columnWidths: twips([8, 26, 10, 34, 22], LANDSCAPE_TWIPS),
        paragraphAfter: 160,
        cellMarginTopBottom: 0,
      },
    },
  },
  {
    name: 'family-spreadsheet-sheets',
    document: wrapped('Thameside Homes', 16, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    description: 'Excel workbook: a cover sheet with the landlord and year, then one sheet per Code section, wrapped text in cells',
    render: { kind: 'xlsx', layout: { cover: true, mergedTitle: false } },
  },
  {
    name: 'family-spreadsheet-merged-titles',
    document: wrapped('Greenway Living', 17, [1, 3, 5, 6]),
    description: 'Excel workbook: one sheet per section, the section title merged across the columns above the header row',
    render: { kind: 'xlsx', layout: { cover: false, mergedTitle: true } },
  },
  {
    name: 'family-spreadsheet-ods-sheets',
    document: wrapped('Brookmere Homes', 18, [1, 2, 3, 4, 5, 6, 7, 8, 9]),
    description: 'OpenDocument spreadsheet as LibreOffice Calc saves it: a cover sheet, one sheet per Code section, a hidden notes sheet, repeated empty rows and columns to the edge',
    render: { kind: 'ods', layout: { cover: true, mergedTitle: false } },
  },
  {
    name: 'family-section-column-ods',
    document: sectionLabels('Oakhollow Housing', 26, 'repeated'),
    description: 'OpenDocument spreadsheet: the section title merged across above the header, the section label merged down the first column',
    render: { kind: 'ods', layout: { cover: false, mergedTitle: true, mergeFirstColumn: true } },
  },
  {
    name: 'family-borderless-wrapped-libreoffice-html',
    document: wrapped('Hartcliffe Housing Association', 14, [3, 7, 8]),
    description: 'Web page exported by LibreOffice Writer/Web: no borders, wrapped evidence, serif font',
    render: { kind: 'libreoffice-html', tagged: false, layout: html({ borders: 'none', fontFamily: 'Liberation Serif', fontSizePt: 10, columnWidths: [7, 27, 9, 35, 22] }) },
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
