import type { ParsedRow, ParsedSubmission } from '../model/parsed-submission';
import type { Truth, TruthRow } from './truth';

export interface Tally {
  matched: number;
  total: number;
}

export interface DocumentScore {
  provisionsFound: number;
  provisionsExpected: number;
  rowsParsed: number;
  /** Rows found in the right order, over the larger of expected and parsed. */
  provisionAccuracy: number;
  statusCorrect: number;
  /** Correct answers over expected rows. */
  statusAccuracy: number;
  landlord: { detected: string | null; expected: string | null; ok: boolean };
  version: { detected: string; expected: string; ok: boolean };
  year: { detected: number | null; expected: number | null; ok: boolean };
  /** Null when the truth does not record the date. */
  date: { detected: string | null; expected: string | null; ok: boolean } | null;
  evidenceStarts: Tally;
  commentaryStarts: Tally;
  /** Exact cell matches after whitespace normalisation, over truth rows that record the full text. */
  evidenceExact: Tally;
  commentaryExact: Tally;
  /** Requirement cells matched exactly (over truth rows that record them): titles and neighbours' text kept out. */
  requirementExact: Tally;
  /**
   * Cells whose text is right: requirement, evidence and commentary wherever the truth records them, each counted
   * right when its token F1 against the truth is at least CELL_TEXT_F1 (a missing row's cells count as wrong).
   */
  cellText: Tally;
  /** One line per wrong or missing row, for the report. */
  problems: string[];
}

/** Scores a parse against its truth; rows are paired in document order by provision (longest common subsequence). */
export function scoreDocument(parsed: ParsedSubmission, truth: Truth): DocumentScore {
  const pairs = alignRows(truth.rows, parsed.rows);
  const problems: string[] = [];
  let statusCorrect = 0;
  const evidenceStarts = tally();
  const commentaryStarts = tally();
  const evidenceExact = tally();
  const commentaryExact = tally();
  const requirementExact = tally();
  const cellText = tally();

  truth.rows.forEach((expected, i) => {
    const row = pairs.get(i);
    for (const field of CELL_FIELDS) {
      const want = expected[field];
      if (want === undefined) continue;
      const f1 = row ? tokenF1(row[field], want) : 0;
      count(cellText, f1 >= CELL_TEXT_F1);
      if (row && f1 < CELL_TEXT_F1) problems.push(`${expected.provision}: ${field} text F1 ${f1.toFixed(2)}`);
    }
    if (!row) {
      problems.push(`${expected.provision}: not found`);
      return;
    }
    if (row.status === expected.status) statusCorrect++;
    else problems.push(`${expected.provision}: status ${row.status} (${JSON.stringify(row.statusRaw)}), expected ${expected.status}`);
    count(evidenceStarts, startsMatch(row.evidence, expected.evidenceStarts));
    count(commentaryStarts, startsMatch(row.commentary, expected.commentaryStarts));
    if (expected.evidence !== undefined) count(evidenceExact, sameText(row.evidence, expected.evidence));
    if (expected.commentary !== undefined) count(commentaryExact, sameText(row.commentary, expected.commentary));
    if (expected.requirement !== undefined) count(requirementExact, sameText(row.requirement, expected.requirement));
  });
  const found = pairs.size;
  const extra = parsed.rows.length - found;
  if (extra > 0) {
    const paired = new Set(pairs.values());
    problems.push(`unexpected rows: ${parsed.rows.filter((r) => !paired.has(r)).map((r) => r.provision || '?').join(', ')}`);
  }
  const denominator = Math.max(truth.rows.length, parsed.rows.length, 1);
  return {
    provisionsFound: found,
    provisionsExpected: truth.rows.length,
    rowsParsed: parsed.rows.length,
    provisionAccuracy: found / denominator,
    statusCorrect,
    statusAccuracy: truth.rows.length ? statusCorrect / truth.rows.length : 1,
    landlord: { detected: parsed.landlordName, expected: truth.landlord, ok: sameName(parsed.landlordName, truth.landlord) },
    version: { detected: parsed.codeVersion, expected: truth.codeVersion, ok: parsed.codeVersion === truth.codeVersion },
    year: { detected: parsed.assessmentYear, expected: truth.assessmentYear, ok: parsed.assessmentYear === truth.assessmentYear },
    date:
      truth.assessmentDate === undefined
        ? null
        : { detected: parsed.assessmentDate, expected: truth.assessmentDate, ok: sameName(parsed.assessmentDate, truth.assessmentDate) },
    evidenceStarts,
    commentaryStarts,
    evidenceExact,
    commentaryExact,
    requirementExact,
    cellText,
    problems,
  };
}

/** A cell counts as right from this token F1 on (tags, bullets and punctuation aside). */
export const CELL_TEXT_F1 = 0.9;
const CELL_FIELDS = ['requirement', 'evidence', 'commentary'] as const;

function tokens(text: string | null | undefined): string[] {
  return comparable(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Harmonic mean of token precision and recall (tokens counted with multiplicity); two empty cells agree. */
export function tokenF1(actual: string | null | undefined, expected: string | null | undefined): number {
  const got = tokens(actual);
  const want = tokens(expected);
  if (got.length === 0 || want.length === 0) return got.length === want.length ? 1 : 0;
  const remaining = new Map<string, number>();
  for (const t of want) remaining.set(t, (remaining.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of got) {
    const left = remaining.get(t) ?? 0;
    if (left > 0) {
      common++;
      remaining.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / got.length;
  const recall = common / want.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Longest common subsequence of provision numbers: truth index → parsed row. */
function alignRows(truth: readonly TruthRow[], parsed: readonly ParsedRow[]): Map<number, ParsedRow> {
  const n = truth.length;
  const m = parsed.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] =
        truth[i]?.provision === parsed[j]?.provision
          ? (table[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs = new Map<number, ParsedRow>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const row = parsed[j];
    if (row && truth[i]?.provision === row.provision) {
      pairs.set(i, row);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** Text as a reader compares it: tags and bullets gone, quotes and dashes plain, whitespace collapsed. */
export function comparable(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\u2022\u25cf\u25aa\u2219\uf0b7]/g, ' ')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function startsMatch(cell: string | null, starts: string | null): boolean {
  const text = comparable(cell);
  if (starts === null) return text === '';
  return text.startsWith(comparable(starts));
}

function sameText(cell: string | null, expected: string | null): boolean {
  return comparable(cell) === comparable(expected);
}

function sameName(a: string | null, b: string | null): boolean {
  return comparable(a).toLowerCase() === comparable(b).toLowerCase();
}

function tally(): Tally {
  return { matched: 0, total: 0 };
}

function count(t: Tally, ok: boolean): void {
  t.total++;
  if (ok) t.matched++;
}
