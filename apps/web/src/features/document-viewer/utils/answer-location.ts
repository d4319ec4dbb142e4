import type { AnswerSourceDto, PageRegionDto } from '@app/contracts';

/** The page a row starts on, or null when the source has no page information. */
export function firstPage(source: AnswerSourceDto | undefined): number | null {
  const fromRegions = source?.regions?.map((region) => region.page) ?? [];
  const pages = [...fromRegions, ...(source?.pages ?? [])];
  return pages.length ? Math.min(...pages) : null;
}

/** The row's regions on one page. */
export function regionsOnPage(source: AnswerSourceDto | undefined, page: number): PageRegionDto[] {
  return (source?.regions ?? []).filter((region) => region.page === page);
}

/** A sentence saying where a row is in a document without pages (Word, web page, text). */
export function describeLocation(source: AnswerSourceDto | undefined): string | null {
  if (!source) return null;
  if (source.table !== undefined && source.row !== undefined)
    return `Table ${source.table + 1}, row ${source.row + 1}`;
  if (source.lines) {
    const [first, last] = source.lines;
    return first === last ? `Line ${first}` : `Lines ${first} to ${last}`;
  }
  if (source.pages?.length) return `Page ${source.pages.join(', ')}`;
  return null;
}

export interface ExcerptLine {
  number: number;
  text: string;
  highlighted: boolean;
}

/** The row's lines of a text document with some context either side. */
export function excerptLines(text: string, lines: [number, number], context = 3): ExcerptLine[] {
  const all = text.split(/\r\n|\r|\n/);
  const [first, last] = lines[0] <= lines[1] ? lines : [lines[1], lines[0]];
  const start = Math.max(1, first - context);
  const end = Math.min(all.length, last + context);
  const out: ExcerptLine[] = [];
  for (let number = start; number <= end; number++) {
    out.push({ number, text: all[number - 1] ?? '', highlighted: number >= first && number <= last });
  }
  return out;
}
