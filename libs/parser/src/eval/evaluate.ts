import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSubmission } from '../parse-submission';
import { scoreDocument, type DocumentScore } from './compare';
import { findTruthCases, type Truth, type TruthCase } from './truth';

export interface CaseResult {
  name: string;
  format: string;
  elapsedMs: number;
  score: DocumentScore | null;
  /** The truth's own target (OCR'd documents); 100% otherwise. */
  target?: Truth['target'];
  /** Set when the document could not be parsed at all. */
  error: string | null;
}

/** `libs/parser/fixtures`: the corpus and every generated fixture with a truth file. */
export function fixturesRoot(): string {
  return join(__dirname, '..', '..', 'fixtures');
}

export async function evaluateCases(cases: readonly TruthCase[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const started = performance.now();
    try {
      const parsed = await parseSubmission(new Uint8Array(readFileSync(c.documentPath)), { filename: c.documentPath });
      results.push({
        name: c.name,
        format: parsed.format,
        elapsedMs: Math.round(performance.now() - started),
        score: scoreDocument(parsed, c.truth),
        error: null,
        ...(c.truth.target ? { target: c.truth.target } : {}),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: c.name, format: '?', elapsedMs: Math.round(performance.now() - started), score: null, error: message });
    }
  }
  return results;
}

export async function evaluateFixtures(root = fixturesRoot()): Promise<CaseResult[]> {
  return evaluateCases(findTruthCases(root));
}

/** A document passes when every provision is found in order and every answer is right (or, with a target of its own, enough of them and no wrong one unflagged). */
export function passes(result: CaseResult): boolean {
  const target = result.target ?? { provisionAccuracy: 1, statusAccuracy: 1 };
  const score = result.score;
  return score !== null && score.provisionAccuracy >= target.provisionAccuracy && score.statusAccuracy >= target.statusAccuracy && score.unflaggedErrors === 0;
}
