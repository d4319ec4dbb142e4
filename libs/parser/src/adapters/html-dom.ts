import { decodeEntities } from './html-entities';

export interface HtmlElement {
  type: 'element';
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  type: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);
const CLOSES_P = new Set([
  'p', 'div', 'table', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'hr', 'address', 'figure', 'form', 'main', 'nav', 'aside',
]);
// Elements an implied end tag may not close past.
const SCOPE = new Set(['table', 'td', 'th', 'html', 'body', 'template']);
const TABLE_SCOPE = new Set(['table', 'html', 'body']);
const MAX_DEPTH = 512;

/**
 * A small, forgiving HTML parser: enough tree for tables, lists and paragraphs, with the implied end tags
 * real documents rely on (`<p>`, `<li>`, `<td>`, `<tr>` left open). Never throws; linear in the input.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const current = (): HtmlElement => stack[stack.length - 1] ?? root;
  let skipDepth = 0;
  let pos = 0;
  const scan: TagScan = { noTagEndFrom: Infinity };

  const closeTo = (name: string, boundary: Set<string>): boolean => {
    for (let i = stack.length - 1; i > 0; i--) {
      const el = stack[i];
      if (!el) break;
      if (el.name === name) {
        stack.length = i;
        return true;
      }
      if (boundary.has(el.name)) return false;
    }
    return false;
  };

  const open = (name: string, attrs: Record<string, string>, selfClosing: boolean): void => {
    if (CLOSES_P.has(name)) closeTo('p', SCOPE);
    if (name === 'li') closeToAny(stack, 'li', ['ul', 'ol', 'td', 'th', 'table']);
    if (name === 'dt' || name === 'dd') closeToAny(stack, name, ['dl', 'td', 'th', 'table']);
    if (name === 'td' || name === 'th') {
      closeToAny(stack, 'td', ['tr', 'table']);
      closeToAny(stack, 'th', ['tr', 'table']);
    }
    if (name === 'tr') closeToAny(stack, 'tr', ['table', 'thead', 'tbody', 'tfoot']);
    if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
      for (const section of ['thead', 'tbody', 'tfoot']) closeToAny(stack, section, ['table']);
    }
    const el: HtmlElement = { type: 'element', name, attrs, children: [] };
    current().children.push(el);
    if (!selfClosing && !VOID.has(name) && stack.length < MAX_DEPTH) stack.push(el);
  };

  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      if (skipDepth === 0) appendText(current(), html.slice(pos));
      break;
    }
    if (lt > pos && skipDepth === 0) appendText(current(), html.slice(pos, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      pos = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = readTag(html, lt, scan);
    if (!tag) {
      if (skipDepth === 0) appendText(current(), '<');
      pos = lt + 1;
      continue;
    }
    pos = tag.end;
    if (RAW_TEXT.has(tag.name) && !tag.closing && !tag.selfClosing) {
      const closer = new RegExp(`</${tag.name}`, 'ig');
      closer.lastIndex = pos;
      const close = closer.exec(html)?.index ?? -1;
      const body = html.slice(pos, close < 0 ? html.length : close);
      if (!SKIPPED.has(tag.name) && skipDepth === 0) {
        open(tag.name, tag.attrs, false);
        appendText(current(), body);
        closeTo(tag.name, SCOPE);
      }
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      pos = gt < 0 ? html.length : gt + 1;
      continue;
    }
    if (SKIPPED.has(tag.name)) {
      if (!tag.selfClosing) skipDepth = tag.closing ? Math.max(0, skipDepth - 1) : skipDepth + 1;
      continue;
    }
    if (skipDepth > 0) continue;
    if (tag.closing) {
      const boundary = tag.name === 'table' ? TABLE_SCOPE : ['td', 'th', 'tr'].includes(tag.name) ? TABLE_SCOPE : SCOPE;
      if (!closeTo(tag.name, boundary) && tag.name === 'p') open('p', {}, true);
    } else {
      open(tag.name, tag.attrs, tag.selfClosing);
    }
  }
  return root;
}

function closeToAny(stack: HtmlElement[], name: string, boundaries: string[]): void {
  for (let i = stack.length - 1; i > 0; i--) {
    const el = stack[i];
    if (!el) return;
    if (el.name === name) {
      stack.length = i;
      return;
    }
    if (boundaries.includes(el.name)) return;
  }
}

function appendText(parent: HtmlElement, raw: string): void {
  if (!raw) return;
  const last = parent.children[parent.children.length - 1];
  const text = decodeEntities(raw);
  if (last?.type === 'text') last.text += text;
  else parent.children.push({ type: 'text', text });
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
  end: number;
}

const TAG_NAME = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Remembers where no '>' remains, so input full of stray '<' stays linear. */
interface TagScan {
  noTagEndFrom: number;
}

function readTag(html: string, start: number, scan: TagScan): Tag | null {
  const head = TAG_NAME.exec(html.slice(start, start + 64));
  if (!head) return null;
  const gt = findTagEnd(html, start + head[0].length, scan);
  const inner = html.slice(start + head[0].length, gt < 0 ? html.length : gt);
  const attrs: Record<string, string> = {};
  for (const match of inner.matchAll(ATTRIBUTE)) {
    const key = match[1]?.toLowerCase();
    if (key) attrs[key] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return {
    name: (head[2] ?? '').toLowerCase(),
    closing: head[1] === '/',
    selfClosing: inner.trimEnd().endsWith('/'),
    attrs,
    end: gt < 0 ? html.length : gt + 1,
  };
}

function findTagEnd(html: string, from: number, scan: TagScan): number {
  if (from >= scan.noTagEndFrom) return -1;
  let quote: string | null = null;
  const limit = Math.min(html.length, from + 8192);
  for (let i = from; i < limit; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  // An unbalanced quote: fall back to the first '>' as browsers effectively do for broken markup.
  const gt = html.indexOf('>', from);
  if (gt < 0) scan.noTagEndFrom = Math.min(scan.noTagEndFrom, from);
  return gt;
}
