/** Text helpers shared by the rules: normalisation, sentences, quoting. */

/** Whitespace collapsed and trimmed; null and blank become ''. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The key two evidence texts share when they say the same thing: lower case, letters and digits only.
 * PostgreSQL computes the same key (`answers.evidence_key`) with `btrim(regexp_replace(lower(e), '[^a-z0-9]+', ' ', 'g'))`.
 */
export function evidenceKey(text: string | null | undefined): string {
  return (text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A looser key for repeats inside one document: also ignores plural endings and a cut-off last word. */
export function repeatKey(text: string | null | undefined): string {
  const words = evidenceKey(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
  if (/(\.\.\.|…)\s*$/.test(text ?? '') && words.length > 3) words.pop();
  return words.join(' ');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Sentences (and bullet items), so a rule can ask for two things said together. */
export function sentences(text: string): string[] {
  return clean(text)
    .split(
      /(?<=[.!?])\s+(?=[A-Z0-9"'“(])|\s*[•·▪]\s*|\s+-\s+(?=[A-Z])|(?<=\S)\s+(?=(?:Further )?Actions?\s*[:\-–])/,
    )
    .map((s) => s.trim())
    .filter(Boolean);
}

/** `"…words…"` around a match: the matched words with a little context, on one line, at most ~90 characters. */
export function quote(text: string, index: number, length: number, around = 30): string {
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + length + around);
  const head = start > 0 ? '…' : '';
  const tail = end < text.length ? '…' : '';
  return `"${head}${clean(text.slice(start, end))}${tail}"`;
}

/** The first words of a text, quoted. */
export function quoteStart(text: string, max = 60): string {
  const t = clean(text);
  return t.length <= max ? `"${t}"` : `"${t.slice(0, max).replace(/\s+\S*$/, '')}…"`;
}

/** The answer's own words: evidence then commentary, each labelled, for rules that read both. */
export function answerParts(answer: {
  evidence: string | null;
  commentary: string | null;
}): { field: 'evidence' | 'commentary'; text: string }[] {
  const parts: { field: 'evidence' | 'commentary'; text: string }[] = [];
  if (clean(answer.evidence)) parts.push({ field: 'evidence', text: clean(answer.evidence) });
  if (clean(answer.commentary)) parts.push({ field: 'commentary', text: clean(answer.commentary) });
  return parts;
}
