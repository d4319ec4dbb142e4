import { parseHtml, type HtmlElement, type HtmlNode } from './html-dom';

const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section',
  'article', 'header', 'footer', 'table', 'tr', 'address', 'figure', 'figcaption', 'main', 'nav', 'aside', 'caption',
]);
const LIST_ITEM_MARK = '\u0000LI\u0000';
// Opens an item of a numbered list; its label ("2. ") follows.
const NUMBER_MARK = '\u0000OL\u0000';

/**
 * The readable text of an element as a table cell holds it: paragraphs and line breaks become '\n',
 * list items become lines starting with '• ', inline markup disappears and whitespace collapses.
 */
export function elementText(element: HtmlElement): string {
  const parts: string[] = [];
  collect(element, parts);
  return tidyLines(parts.join(''));
}

/** Converts an HTML fragment (as found inside text extractions) to cell text. */
export function htmlFragmentToText(fragment: string): string {
  return elementText(parseHtml(fragment));
}

function collect(node: HtmlNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text.replace(/[ \t\r\n\f]+/g, ' '));
    return;
  }
  const name = node.name;
  if (name === 'br') {
    out.push('\n');
    return;
  }
  if (name === 'li') {
    collectItem(node, out, LIST_ITEM_MARK);
    return;
  }
  if (name === 'ol' && !/list-style(?:-type)?\s*:\s*none/i.test(node.attrs['style'] ?? '')) {
    let n = Math.max(1, parseInt(node.attrs['start'] ?? '1', 10) || 1);
    out.push('\n');
    for (const child of node.children) {
      if (child.type === 'element' && child.name === 'li') collectItem(child, out, `${NUMBER_MARK}${itemLabel(n++, node.attrs['type'])} `);
      else collect(child, out);
    }
    out.push('\n');
    return;
  }
  if (name === 'td' || name === 'th') {
    out.push(' ');
    for (const child of node.children) collect(child, out);
    out.push(' ');
    return;
  }
  if (name === 'img') {
    const alt = node.attrs['alt']?.trim();
    if (alt) out.push(` ${alt} `);
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  for (const child of node.children) collect(child, out);
  if (block) out.push('\n');
}

function collectItem(item: HtmlElement, out: string[], mark: string): void {
  out.push(`\n${mark}`);
  for (const child of item.children) collect(child, out);
  out.push('\n');
}

/** "3." for the third item of a numbered list; "c." or "iii." where the list says so. */
function itemLabel(n: number, type: string | undefined): string {
  if (type === 'a' || type === 'A') {
    const letter = String.fromCharCode(96 + Math.min(n, 26));
    return `${type === 'A' ? letter.toUpperCase() : letter}.`;
  }
  if (type === 'i' || type === 'I') {
    const roman = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'][n - 1] ?? String(n);
    return `${type === 'I' ? roman.toUpperCase() : roman}.`;
  }
  return `${n}.`;
}

const BULLET_START = /^(?:[\u2022\u25cf\u25aa\u25a0\u2023\u2043\u2219\u00b7\u25e6\uf0b7\uf0a7\uf076\uf0d8\uf0fc-]|o(?=\s))\s*/;

/** Trims each line, drops empty ones and turns list marks (and leading bullet glyphs inside items) into '• ' or the item's number. */
export function tidyLines(text: string): string {
  const lines: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.replace(/[\s\u00a0]+/g, ' ').trim();
    const isItem = line.startsWith(LIST_ITEM_MARK);
    line = line.split(LIST_ITEM_MARK).join('').split(NUMBER_MARK).join('').trim();
    if (isItem) line = `• ${line.replace(BULLET_START, '')}`.trimEnd();
    if (line && line !== '•') lines.push(line);
  }
  return lines.join('\n');
}
