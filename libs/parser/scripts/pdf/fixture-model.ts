/** The neutral shape fixture documents take before they are rendered to HTML or DOCX. */

export type InlineStyle = 'bold' | 'italic' | 'underline' | 'link';

export interface InlineRun {
  text: string;
  styles: InlineStyle[];
}

/** One paragraph of a cell, or one list item when `bullet` is set. */
export interface CellBlock {
  runs: InlineRun[];
  bullet: boolean;
}

export interface FixtureRow {
  provision: string;
  status: string;
  /** Columns in order; the first two are the provision number and requirement. */
  cells: CellBlock[][];
}

export interface FixtureTable {
  kind: 'table';
  /** Repeated above the header row on every page when the layout asks for it. */
  title?: string;
  header: string[];
  rows: FixtureRow[];
}

export interface FixtureText {
  kind: 'heading' | 'paragraph';
  text: string;
}

export type FixtureBlock = FixtureText | FixtureTable;

export interface FixtureDocument {
  landlord: string;
  codeVersion: '2022' | '2024';
  assessmentYear: number;
  assessmentDate: string | null;
  blocks: FixtureBlock[];
}

export function blockText(block: CellBlock): string {
  const text = block.runs
    .map((run) => run.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return block.bullet ? `• ${text}` : text;
}

/** A cell's text as the PDF adapter should read it back: one line per paragraph or list item. */
export function cellText(blocks: CellBlock[]): string {
  return blocks
    .map(blockText)
    .filter((line) => line !== '' && line !== '•')
    .join('\n');
}

export function tables(doc: FixtureDocument): FixtureTable[] {
  return doc.blocks.filter((block): block is FixtureTable => block.kind === 'table');
}
