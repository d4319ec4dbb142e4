/**
 * Compares the rows the PDF adapter rebuilt with a fixture's truth file. Used by the tests and the
 * benchmark; fixtures put the provision number, requirement, status, evidence and commentary in
 * columns 0 to 4 (the 2022 form has no commentary column).
 */
import type { ExtractedDocument, RowBlock } from '../model/extracted-document';

export interface PdfTruthRow {
  provision: string;
  status: string;
  evidence: string;
  commentary: string;
}

export interface PdfTruth {
  file: string;
  landlord: string;
  codeVersion: string;
  rows: PdfTruthRow[];
}

export interface RebuiltRow {
  provision: string;
  status: string;
  evidence: string;
  commentary: string;
  pages: number[];
}

export interface CellMismatch {
  provision: string;
  field: 'evidence' | 'commentary';
  expected: string;
  actual: string;
}

export interface TruthReport {
  provisionsInOrder: boolean;
  expectedProvisions: string[];
  actualProvisions: string[];
  statusErrors: { provision: string; expected: string; actual: string }[];
  cellsCompared: number;
  cellsMatching: number;
  cellAccuracy: number;
  mismatches: CellMismatch[];
}

const PROVISION = /^(?:provision\s+)?(\d{1,2}\.\d{1,2})\b/i;
const HEADER = /^code\b/i;

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function normaliseStatus(raw: string): string {
  const text = squash(raw).toLowerCase().replace(/[.:]$/, '');
  if (text === '') return 'missing';
  if (/^(yes|y|✓|☑|compliant|met|complies)$/.test(text)) return 'yes';
  if (/^(no|n|✗|☒|not met|non-compliant)$/.test(text)) return 'no';
  if (/^(partial|partially|partly|partially met)$/.test(text)) return 'partial';
  if (/^(n\/a|na|not applicable)$/.test(text)) return 'na';
  return `unrecognised:${text}`;
}

function cell(row: RowBlock, index: number): string {
  return row.cells[index]?.text ?? '';
}

function append(a: string, b: string): string {
  return b === '' ? a : a === '' ? b : `${a}\n${b}`;
}

/**
 * Rows in document order with header rows dropped. A row without a number continues the row before
 * it; header rows repeated after a page break are skipped over, but a row that follows a table's first
 * header row is the rest of that header, cut by a page break.
 */
export function rebuildRows(doc: ExtractedDocument): RebuiltRow[] {
  const rows: RebuiltRow[] = [];
  let afterHeader = false;
  for (const block of doc.blocks) {
    if (block.kind !== 'row') continue;
    const first = squash(cell(block, 0));
    if (HEADER.test(first)) {
      afterHeader = block.afterBreak !== true;
      continue;
    }
    const number = PROVISION.exec(first)?.[1];
    const page = block.page ?? 0;
    if (number) {
      afterHeader = false;
      rows.push({ provision: number, status: cell(block, 2), evidence: cell(block, 3), commentary: cell(block, 4), pages: [page] });
      continue;
    }
    const previous = rows[rows.length - 1];
    if (!previous || afterHeader) continue;
    previous.status = append(previous.status, cell(block, 2));
    previous.evidence = append(previous.evidence, cell(block, 3));
    previous.commentary = append(previous.commentary, cell(block, 4));
    if (!previous.pages.includes(page)) previous.pages.push(page);
  }
  return rows;
}

export function compareWithTruth(doc: ExtractedDocument, truth: PdfTruth): TruthReport {
  const rebuilt = rebuildRows(doc);
  const expectedProvisions = truth.rows.map((r) => r.provision);
  const actualProvisions = rebuilt.map((r) => r.provision);
  const provisionsInOrder = expectedProvisions.join(',') === actualProvisions.join(',');
  const statusErrors: TruthReport['statusErrors'] = [];
  const mismatches: CellMismatch[] = [];
  let cellsCompared = 0;
  let cellsMatching = 0;
  // Rows are paired by provision in order, so one missing row does not shift every later comparison.
  let cursor = 0;
  for (const expected of truth.rows) {
    const index = rebuilt.findIndex((r, i) => i >= cursor && r.provision === expected.provision);
    const actual = index >= 0 ? rebuilt[index] : undefined;
    if (index >= 0) cursor = index + 1;
    const status = normaliseStatus(actual?.status ?? '');
    if (!actual || status !== expected.status) statusErrors.push({ provision: expected.provision, expected: expected.status, actual: actual?.status ?? '(row missing)' });
    for (const field of ['evidence', 'commentary'] as const) {
      cellsCompared += 1;
      const want = squash(expected[field]);
      const got = squash(actual?.[field] ?? '');
      if (actual && want === got) cellsMatching += 1;
      else mismatches.push({ provision: expected.provision, field, expected: want, actual: got });
    }
  }
  return {
    provisionsInOrder,
    expectedProvisions,
    actualProvisions,
    statusErrors,
    cellsCompared,
    cellsMatching,
    cellAccuracy: cellsCompared === 0 ? 1 : cellsMatching / cellsCompared,
    mismatches,
  };
}
