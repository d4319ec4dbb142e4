import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '@app/contracts';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a search snippet into plain and matched runs. The marks are the only markup the API adds; everything
 * else is the landlord's text, which is rendered as text (never as HTML). An unclosed mark runs to the end.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const start = rest.indexOf(SNIPPET_MARK_START);
    if (start < 0) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), marked: false });
    const afterStart = rest.slice(start + SNIPPET_MARK_START.length);
    const end = afterStart.indexOf(SNIPPET_MARK_END);
    const marked = end < 0 ? afterStart : afterStart.slice(0, end);
    if (marked) parts.push({ text: marked, marked: true });
    rest = end < 0 ? '' : afterStart.slice(end + SNIPPET_MARK_END.length);
  }
  return parts.filter((p) => p.text.length > 0);
}
