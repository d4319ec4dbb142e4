import type { ParseWarning } from '../model/parsed-submission';
import type { RoleLine, TextRole } from './lines';

/** A piece of one cell's text from one source line. */
export interface Fragment {
  text: string;
  line: number;
}

export type NumberOrigin = 'cell' | 'prefixed' | 'ocr' | 'below' | 'text' | 'recovered';

/** A provision row while it is being assembled from lines. */
export interface DraftRow {
  /** The provision number once known. */
  number: string | null;
  /** What the document printed where the number should be, when it could not be read. */
  numberRaw: string | null;
  origin: NumberOrigin | null;
  /** Index of the line carrying the number (the row's anchor), or of its first line. */
  anchor: number;
  cells: Record<TextRole, Fragment[]>;
  /** Answer from a merged answer cell above, used only when the row has none of its own. */
  inheritedStatus: string | null;
  lines: RoleLine[];
  warnings: ParseWarning[];
  /** Confidence deductions collected along the way. */
  penalty: number;
}

export function newDraft(line: RoleLine, number: string | null, origin: NumberOrigin | null, numberRaw: string | null): DraftRow {
  const draft: DraftRow = {
    number,
    numberRaw,
    origin,
    anchor: line.index,
    cells: { requirement: [], status: [], evidence: [], commentary: [] },
    inheritedStatus: null,
    lines: [],
    warnings: [],
    penalty: 0,
  };
  addLine(draft, line);
  return draft;
}

export function addLine(draft: DraftRow, line: RoleLine): void {
  draft.lines.push(line);
  for (const role of ['requirement', 'status', 'evidence', 'commentary'] as const) {
    const text = line.text[role];
    if (!text) continue;
    if (role === 'status' && line.statusSpanned) {
      draft.inheritedStatus ??= text;
      continue;
    }
    draft.cells[role].push({ text, line: line.index });
  }
  if (line.realigned) warnOnce(draft, 'cells_realigned', 'Some text had shifted columns and was placed by its content.', 0.05);
}

export function warnOnce(draft: DraftRow, code: ParseWarning['code'], message: string, penalty: number): void {
  if (draft.warnings.some((w) => w.code === code)) return;
  draft.warnings.push({ code, message });
  draft.penalty += penalty;
}

export function hasStatus(draft: DraftRow): boolean {
  return draft.cells.status.length > 0 || draft.inheritedStatus !== null;
}

export function cellText(fragments: readonly Fragment[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const f of fragments) {
    if (parts.length) parts.push(f.text.startsWith('• ') || previous.trimEnd().endsWith(':') ? '\n' : ' ');
    parts.push(f.text);
    previous = f.text;
  }
  return parts.join('');
}

export function endsSentence(text: string): boolean {
  return /[.!?;:)\]'"’”]\s*$/.test(text.trim());
}

/** True when the text starts mid-sentence: a lower-case word, or a closing fragment such as "2." or "request". */
export function startsMidSentence(text: string): boolean {
  const t = text.trim();
  return /^[a-z]/.test(t) && !/^(e\.g\.|i\.e\.|etc\b)/.test(t);
}

export function startsNewSentence(text: string): boolean {
  return /^(?:[A-Z]|• |\d+\.\s|[a-z]\.\s|["'‘“(])/.test(text.trim());
}
