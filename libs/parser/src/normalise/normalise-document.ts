import type { CodeVersion } from '@app/code-catalog';
import { chooseVersion } from '../detect/version';
import type { ExtractedDocument } from '../model/extracted-document';
import type { ParsedRow, ParseWarning } from '../model/parsed-submission';
import { assembleRows } from './assemble-rows';
import type { CodeKnowledge } from './code-knowledge';
import { cellText, type DraftRow } from './draft-row';
import { finaliseRow } from './finalise-row';
import { NoiseFilter } from './noise';
import { recoverProvisions } from './provisions';
import { segmentRows } from './segment';
import { setAsideSummaryRows } from './summary-rows';
import { repairSplitSentences, type SentenceJudge } from './sentence-repair';

const LINES_PER_ROW = 20;

export interface NormalisedDocument {
  codeVersion: CodeVersion;
  versionConfidence: number;
  rows: ParsedRow[];
  tables: number;
  warnings: ParseWarning[];
}

export interface NormaliseOptions {
  maxRows: number;
}

/** Format-neutral: column roles, row assembly, boundary repair, provision recovery and status, from blocks. */
export function normaliseDocument(doc: ExtractedDocument, knowledge: CodeKnowledge, options: NormaliseOptions): NormalisedDocument {
  const segmented = segmentRows(doc.blocks);
  const warnings = [...segmented.warnings];
  // Forms have a few thousand table lines at most; beyond this the input is not a self-assessment.
  const lineLimit = options.maxRows * LINES_PER_ROW;
  if (segmented.lines.length > lineLimit) {
    warnings.push({ code: 'row_limit_reached', message: `Only the first ${lineLimit} table lines were read.` });
    segmented.lines.length = lineLimit;
  }
  const known = new Set([...knowledge.provisions('2024'), ...knowledge.provisions('2022')]);
  const assembled = setAsideSummaryRows(assembleRows(segmented.lines, (n) => known.has(n)));
  if (assembled.warning) warnings.push(assembled.warning);
  let drafts = assembled.drafts;
  if (drafts.length > options.maxRows) {
    if (!warnings.some((w) => w.code === 'row_limit_reached')) warnings.push({ code: 'row_limit_reached', message: `Only the first ${options.maxRows} rows were read.` });
    drafts = drafts.slice(0, options.maxRows);
  }

  const numbers = drafts.flatMap((d) => (d.number ? [d.number] : []));
  const version = chooseVersion(versionText(doc, segmented.headers, drafts), numbers, knowledge);
  if (version.warning) warnings.push(version.warning);

  repairSplitSentences(drafts, judgeBy(knowledge, version.version));
  recoverProvisions(drafts, version.version, knowledge);

  const noise = new NoiseFilter(segmented.lines.flatMap((l) => [l.text.requirement, l.text.evidence, l.text.commentary]));
  const rows = drafts.map((d) => finaliseRow(d, { version: version.version, knowledge, noise }));
  const missing = missingProvisions(rows, knowledge.provisions(version.version));
  if (rows.length > 0 && missing.length > 0 && missing.length <= 20) {
    warnings.push({ code: 'provisions_missing', message: `No answer was found for: ${missing.join(', ')}.` });
  } else if (rows.length > 0 && missing.length > 20) {
    warnings.push({ code: 'provisions_missing', message: `${missing.length} provisions of the ${version.version} Code have no answer in the document.` });
  }
  return { codeVersion: version.version, versionConfidence: version.confidence, rows, tables: segmented.tables, warnings };
}

/** A sentence moves to the next row only when it reads clearly more like that row's requirement. */
function judgeBy(knowledge: CodeKnowledge, version: CodeVersion): SentenceJudge {
  return (sentence: string, previous: DraftRow, next: DraftRow) => {
    if (!previous.number || !next.number) return null;
    const scores = knowledge.matchRequirement(sentence, version, [previous.number, next.number]);
    const score = (n: string): number => scores.find((s) => s.provision === n)?.score ?? 0;
    const forNext = score(next.number);
    const forPrevious = score(previous.number);
    if (forNext >= 0.35 && forNext >= forPrevious * 2) return 'next';
    return 'previous';
  };
}

/** Headings, header rows and one requirement per row: what tells the versions apart, without the answers' bulk. */
function versionText(doc: ExtractedDocument, headers: readonly string[], drafts: readonly DraftRow[]): string {
  const prose = doc.blocks.flatMap((b) => (b.kind === 'row' ? [] : [b.text]));
  return [...prose, ...headers, ...drafts.map((d) => `${d.number ?? ''}\t${cellText(d.cells.requirement)}`)].join('\n');
}

function missingProvisions(rows: readonly ParsedRow[], expected: readonly string[]): string[] {
  const found = new Set(rows.map((r) => r.provision));
  return expected.filter((p) => !found.has(p));
}
