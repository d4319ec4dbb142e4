/**
 * The format-neutral document every input adapter (text, HTML, DOCX, XLSX, PDF) produces.
 * Normalisation (column roles, row merging, status, provision recovery) works only on this.
 */
import type { PageRegionDto, SourceFormatValue } from '@app/contracts';

export type SourceFormat = SourceFormatValue;

/** A rectangle on a PDF page in PDF user-space units (origin bottom-left), with the page's size: what the API serves. */
export type PageRegion = PageRegionDto;

export interface DocCell {
  /** Cell text; lines joined by '\n'; list items start with '• '. */
  text: string;
  /** Where the cell's text sits (PDF only). */
  regions?: PageRegion[];
  /**
   * Set when this position is covered by a merged cell (rowspan/colspan, Word vMerge/gridSpan) that started
   * elsewhere: 'row' when it started in a row above in the same column, 'column' when it started to the left.
   * `text` then repeats the merged cell's text.
   */
  spanned?: 'row' | 'column';
}

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  level?: number;
  page?: number;
  /** 1-based line number in a text extraction. */
  line?: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  page?: number;
  /** 1-based line number in a text extraction. */
  line?: number;
}

/**
 * One table row, or one visual line of a table in a text extraction.
 * `cells` are indexed by column: empty cells are kept so cells[i] lines up with the header's column i.
 */
export interface RowBlock {
  kind: 'row';
  cells: DocCell[];
  /** Index of the table within the document (0-based), where the source has real tables. */
  tableIndex?: number;
  /** Index of the row within its table (0-based). */
  rowIndex?: number;
  page?: number;
  /** True when a page break, or blank lines in a text extraction, stand between this row and the previous one. */
  afterBreak?: boolean;
  /** 1-based line number in a text extraction. */
  line?: number;
}

export type DocBlock = HeadingBlock | ParagraphBlock | RowBlock;

/** What OCR read on a PDF's scanned pages: the pages, and each word with tesseract's certainty (0–100). */
export interface OcrEvidence {
  pages: number[];
  words: { text: string; confidence: number; region: PageRegion }[];
}

export interface ExtractedDocument {
  format: SourceFormat;
  blocks: DocBlock[];
  pageCount?: number;
  metadata: {
    title?: string;
    author?: string;
    producer?: string;
    creationDate?: string;
  };
  warnings: string[];
  /** Set when some pages were read by OCR (PDF scans). */
  ocr?: OcrEvidence;
}
