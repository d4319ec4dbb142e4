import type { ExtractedDocument } from './model/extracted-document';

export interface ContentsSummary {
  [key: string]: unknown;
  summary: string;
  headings: number;
  paragraphs: number;
  tables: number;
  tableRows: number;
  firstHeadings: string[];
}

/** What a document holds, for the error that says no self-assessment table was found in it. */
export function describeContents(doc: ExtractedDocument): ContentsSummary {
  const headings = doc.blocks.filter((b) => b.kind === 'heading');
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph').length;
  const rows = doc.blocks.filter((b) => b.kind === 'row');
  const tables = new Set(rows.map((r) => r.tableIndex ?? -1)).size;
  const firstHeadings = headings.slice(0, 3).map((h) => h.text.replace(/\s+/g, ' ').trim().slice(0, 80));
  const parts = [
    count(headings.length, 'heading'),
    count(paragraphs, 'paragraph'),
    count(tables, 'table'),
    ...(doc.pageCount ? [count(doc.pageCount, 'page')] : []),
  ];
  const titles = firstHeadings.length ? `; headings such as ${firstHeadings.map((t) => `"${t}"`).join(', ')}` : '';
  return {
    summary: `${parts.join(', ')}${titles}`,
    headings: headings.length,
    paragraphs,
    tables,
    tableRows: rows.length,
    firstHeadings,
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
