/** The layout families of our own: one neutral document each, in several producers. */
import type { DocxLayout } from '../render-docx';
import { reportDocument, wrappedEvidenceDocument } from './family-documents';
import { PORTRAIT_TWIPS, LANDSCAPE_TWIPS, twips, html, type FixtureSpec } from './fixture-specs';

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

/** A Word layout without borders, as LibreOffice exports it: landscape, shaded header, 9pt sans. */
const borderlessDocx = (layout: Partial<DocxLayout> & Pick<DocxLayout, 'columnWidths'>): DocxLayout => ({
  orientation: 'landscape',
  borders: 'none',
  fontFamily: 'Liberation Sans',
  fontSizePt: 9,
  shadedHeader: true,
  repeatHeader: false,
  runningHeader: '',
  ...layout,
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
    render: { kind: 'libreoffice-docx', tagged: false, layout: borderlessDocx({ repeatHeader: true, runningHeader: 'Moorgate Housing Trust', columnWidths: twips(SIX_COLUMNS, LANDSCAPE_TWIPS) }) },
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
    render: { kind: 'libreoffice-docx', tagged: false, layout: borderlessDocx({ orientation: 'portrait', shadedHeader: false, repeatHeader: true, columnWidths: twips([7, 27, 9, 35, 22], PORTRAIT_TWIPS) }) },
  },
  {
    name: 'family-centred-header-chromium',
    document: wrapped('Elmstead Homes', 17, [1, 2, 3, 4, 5, 6, 7]),
    description:
      'Web page printed by Chromium as browsers set a plain table: header words centred, the header printed once per table (so one can end a page alone), no borders, columns set 2pt apart, one table per section',
    render: {
      kind: 'chromium',
      layout: html({ borders: 'none', headerAlign: 'center', repeatHeader: false, cellPaddingPt: 1, cellPaddingXPt: 1, fontFamily: 'Liberation Serif', fontSizePt: 10, columnWidths: [10, 34, 11, 25, 20] }),
      print: {},
    },
  },
  {
    name: 'family-centred-cells-chromium',
    document: wrapped('Fairhaven Homes', 18, [1, 3, 5, 6]),
    description:
      'Web page printed by Chromium with cells centred in their rows, as browsers set a table by default: no borders, paragraphs of evidence of very different lengths, so a cell starts well above its number and rows break over pages',
    render: {
      kind: 'chromium',
      layout: html({ borders: 'none', verticalAlign: 'middle', headerAlign: 'center', fontFamily: 'Liberation Serif', fontSizePt: 10, columnWidths: [9, 33, 11, 27, 20] }),
      print: {},
    },
  },
  {
    name: 'family-borderless-tight-libreoffice-docx',
    document: wrapped('Kestrel Park Housing', 15, [2, 6, 9]),
    description: 'Word file exported by LibreOffice: no borders, no cell margins above or below, paragraphs spaced 8pt apart as Word does by default',
    render: { kind: 'libreoffice-docx', tagged: false, layout: borderlessDocx({ runningHeader: 'Kestrel Park Housing', columnWidths: twips([8, 26, 10, 34, 22], LANDSCAPE_TWIPS), paragraphAfter: 160, cellMarginTopBottom: 0 }) },
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
