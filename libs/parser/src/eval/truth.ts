import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { ComplianceStatus } from '../model/parsed-submission';

/** One row of a hand-checked truth file (fixtures/corpus/README.md describes the schema). */
export interface TruthRow {
  provision: string;
  /** `unknown` where the answer cell holds something that is not an answer ("TBC", "In progress"). */
  status: ComplianceStatus;
  evidenceStarts: string | null;
  commentaryStarts: string | null;
  /** Full cell texts, where the truth records them (generated fixtures do). */
  requirement?: string;
  evidence?: string | null;
  commentary?: string | null;
  notes?: string | null;
}

export interface Truth {
  file?: string;
  landlord: string | null;
  codeVersion: '2024' | '2022';
  assessmentYear: number | null;
  assessmentDate?: string | null;
  /**
   * Documents read by OCR are held to their own target instead of 100%: at least these shares, and
   * every wrong answer flagged on its row (a warning), never passed on silently.
   */
  target?: { statusAccuracy: number; provisionAccuracy: number };
  rows: TruthRow[];
}

export interface TruthCase {
  /** Path of the document, relative to the fixtures root. */
  name: string;
  documentPath: string;
  truth: Truth;
}

const TRUTH_SUFFIX = '.truth.json';

/** Every `<name>.<ext>` under `root` with a `<name>.truth.json` beside it, sorted by path. */
export function findTruthCases(root: string): TruthCase[] {
  const cases: TruthCase[] = [];
  for (const truthPath of walk(root).filter((p) => p.endsWith(TRUTH_SUFFIX))) {
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
    const dir = dirname(truthPath);
    const stem = basename(truthPath, TRUTH_SUFFIX);
    const siblings = readdirSync(dir).filter((f) => f !== basename(truthPath) && !f.endsWith(TRUTH_SUFFIX));
    const document = truth.file && siblings.includes(truth.file) ? truth.file : siblings.find((f) => stripExtension(f) === stem);
    if (!document) continue;
    const documentPath = join(dir, document);
    cases.push({ name: relative(root, documentPath), documentPath, truth });
  }
  return cases.sort((a, b) => a.name.localeCompare(b.name));
}

function stripExtension(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.') || entry === 'node_modules') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}
