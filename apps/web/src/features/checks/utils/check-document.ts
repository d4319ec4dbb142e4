import type { AnswerSourceDto } from '@app/contracts';

/** How a check queue item's place in its document can be shown beside it. */
export type CheckDocumentView =
  { kind: 'pdf'; page: number } | { kind: 'lines'; first: number; last: number } | { kind: 'none' };

/**
 * PDF uploads carry page regions (the page is drawn with the row highlighted); text files carry line numbers
 * (the lines are shown); Word documents, spreadsheets and web pages neither, so only the link to the review page.
 */
export function checkDocumentView(source: AnswerSourceDto): CheckDocumentView {
  const pages = source.regions?.map((region) => region.page) ?? [];
  if (pages.length) return { kind: 'pdf', page: Math.min(...pages) };
  if (source.lines) {
    const [a, b] = source.lines;
    return { kind: 'lines', first: Math.min(a, b), last: Math.max(a, b) };
  }
  return { kind: 'none' };
}
