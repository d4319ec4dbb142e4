/** Reads one pdfjs page into reading-space text lines and drawn graphics. */
import type { PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api';
import { readPageGraphics } from './operator-graphics';
import type { PageContent } from './page-content';
import { buildPageFrame } from './page-frame';
import type { Deadline } from './pdf-limits';
import type { Pdfjs } from './pdfjs-runtime';
import { readFragments } from './text-fragments';
import { groupLines } from './text-lines';

export interface PageReadResult {
  content: PageContent;
  hasText: boolean;
  skippedRotated: number;
}

function fontNameOf(page: PDFPageProxy, id: string): string | undefined {
  try {
    if (!page.commonObjs.has(id)) return undefined;
    const font = page.commonObjs.get(id) as { name?: unknown } | null;
    return typeof font?.name === 'string' ? font.name : undefined;
  } catch {
    return undefined;
  }
}

export async function readPage(pdfjs: Pdfjs, page: PDFPageProxy, deadline: Deadline): Promise<PageReadResult> {
  const viewport = page.getViewport({ scale: 1 });
  const textContent = await deadline.race(page.getTextContent());
  const items = textContent.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
  const frame = buildPageFrame(
    viewport.transform,
    viewport.width,
    viewport.height,
    items.map((item) => ({ transform: item.transform as number[], weight: item.str.length })),
  );
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const base = {
    pageNumber: page.pageNumber,
    width: frame.width,
    height: frame.height,
    toUser: frame.toUser,
    userWidth: x1 - x0,
    userHeight: y1 - y0,
  };
  if (items.length === 0) {
    return { content: { ...base, lines: [], graphics: { horizontal: [], vertical: [], marks: [] } }, hasText: false, skippedRotated: 0 };
  }
  // Fonts are resolved while the operator list is built, so read it before asking for font names.
  deadline.check();
  const operators = await deadline.race(page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }));
  const graphics = readPageGraphics(pdfjs.OPS, operators, frame.toReading);
  const { fragments, skippedRotated } = readFragments(textContent, frame.toReading, (id) => fontNameOf(page, id));
  return { content: { ...base, lines: groupLines(fragments), graphics }, hasText: fragments.length > 0, skippedRotated };
}
