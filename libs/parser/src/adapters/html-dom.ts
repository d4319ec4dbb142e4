import { parse, type DefaultTreeAdapterMap } from 'parse5';

type ChildNode = DefaultTreeAdapterMap['childNode'];

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

// Content that is never document text.
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);
// Deeper nesting is flattened into the element at this depth, so hostile markup cannot exhaust the stack.
const MAX_DEPTH = 512;

/**
 * The document tree as the HTML adapter reads it, built by parse5 (the HTML standard's tree construction, as
 * browsers do it: the end tags real documents leave out, `<p>`, `<li>`, `<td>`, `<tr>`, are implied, and entities
 * decoded). Comments, scripts and styles are left out. Never throws.
 */
export function parseHtml(html: string): HtmlElement {
  const document = parse(html);
  const root: HtmlElement = { type: 'element', name: '#root', attrs: {}, children: [] };
  // Converted without recursion: each entry is a source node list and the element receiving it.
  const work: { nodes: ChildNode[]; into: HtmlElement; depth: number }[] = [{ nodes: document.childNodes, into: root, depth: 0 }];
  while (work.length > 0) {
    const { nodes, into, depth } = work.pop() as (typeof work)[number];
    for (const node of nodes) {
      if (node.nodeName === '#text' && 'value' in node) appendText(into, node.value);
      else if ('tagName' in node && !SKIPPED.has(node.tagName)) {
        if (depth >= MAX_DEPTH) {
          work.push({ nodes: node.childNodes, into, depth });
          continue;
        }
        const attrs = Object.fromEntries(node.attrs.map((a) => [a.name, a.value]));
        const element: HtmlElement = { type: 'element', name: node.tagName, attrs, children: [] };
        into.children.push(element);
        work.push({ nodes: node.childNodes, into: element, depth: depth + 1 });
      }
    }
  }
  return root;
}

function appendText(into: HtmlElement, text: string): void {
  if (!text) return;
  const last = into.children[into.children.length - 1];
  if (last?.type === 'text') last.text += text;
  else into.children.push({ type: 'text', text });
}
