import type { DocBlock, ExtractedDocument } from '../model/extracted-document';
import { parseHtml, type HtmlElement } from './html-dom';
import { tableGrid } from './html-table';
import { elementText } from './html-text';

const HEADING = /^h([1-6])$/;
const TEXT_BLOCK = new Set(['p', 'li', 'dt', 'dd', 'blockquote', 'pre', 'caption', 'figcaption', 'address']);

/** Reads an HTML document (or the HTML mammoth makes of a DOCX) into the format-neutral model. */
export function extractHtml(html: string, format: 'html' | 'docx' = 'html'): ExtractedDocument {
  const root = parseHtml(html);
  const blocks: DocBlock[] = [];
  let tableIndex = 0;

  const visit = (el: HtmlElement): void => {
    if (el.name === 'head') return;
    const heading = HEADING.exec(el.name);
    if (heading) {
      pushText(blocks, 'heading', elementText(el), Number(heading[1]));
      return;
    }
    if (el.name === 'table') {
      tableGrid(el).forEach((cells, rowIndex) => {
        if (cells.some((cell) => cell.text.trim() !== '')) blocks.push({ kind: 'row', cells, tableIndex, rowIndex });
      });
      tableIndex++;
      return;
    }
    if (TEXT_BLOCK.has(el.name) && !containsTable(el)) {
      pushText(blocks, 'paragraph', elementText(el));
      return;
    }
    // Loose text directly inside a container (e.g. a <div> with no <p>) is a paragraph too.
    let loose: HtmlElement | null = null;
    for (const child of el.children) {
      if (child.type === 'text' || !isStructural(child)) {
        loose ??= { type: 'element', name: 'span', attrs: {}, children: [] };
        loose.children.push(child);
        continue;
      }
      if (loose) pushText(blocks, 'paragraph', elementText(loose));
      loose = null;
      visit(child);
    }
    if (loose) pushText(blocks, 'paragraph', elementText(loose));
  };

  visit(root);
  const title = findTitle(root);
  return { format, blocks, metadata: title ? { title } : {}, warnings: [] };
}

function pushText(blocks: DocBlock[], kind: 'heading' | 'paragraph', text: string, level?: number): void {
  if (!text.trim()) return;
  if (kind === 'heading') blocks.push(level === undefined ? { kind, text } : { kind, text, level });
  else blocks.push({ kind, text });
}

function isStructural(el: HtmlElement): boolean {
  return (
    HEADING.test(el.name) ||
    TEXT_BLOCK.has(el.name) ||
    ['head', 'table', 'div', 'section', 'article', 'main', 'body', 'html', 'ul', 'ol', 'dl', 'header', 'footer', 'nav', 'aside', 'figure', 'center', 'form'].includes(el.name) ||
    containsTable(el)
  );
}

function containsTable(el: HtmlElement): boolean {
  const stack: HtmlElement[] = [el];
  while (stack.length) {
    const next = stack.pop();
    if (!next) break;
    for (const child of next.children) {
      if (child.type !== 'element') continue;
      if (child.name === 'table') return true;
      stack.push(child);
    }
  }
  return false;
}

function findTitle(root: HtmlElement): string | undefined {
  const stack: HtmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop();
    if (!el) break;
    if (el.name === 'title') return elementText(el) || undefined;
    if (el.name === 'body') continue;
    for (const child of el.children) if (child.type === 'element') stack.push(child);
  }
  return undefined;
}
