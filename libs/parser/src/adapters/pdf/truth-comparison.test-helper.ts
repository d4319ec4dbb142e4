/**
 * Compares the rows the PDF adapter rebuilt with a fixture's truth file. Used by the tests and the
 * benchmark. Column roles come from each table's header row (number, answer, evidence, commentary; one
 * column may hold both evidence and commentary); without a header they are columns 0, 2, 3 and 4. A
 * document without table rows is read as a report, the way parseSubmission reads it.
 */
import type { DocCell, ExtractedDocument, RowBlock } from '../../model/extracted-document';
import { reportStyleTable } from '../../normalise/report-style';
import { normaliseStatus } from '../../vocabulary/answers';

export interface PdfTruthRow {
  provision: string;
  status: string;
  evidence: string | null;
  commentary: string | null;
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
const HEADER_WORD = /provision|requirement|comply|complian|evidence|commentary|explanation/i;

interface Roles {
  number: number;
  status: number;
  evidence: number;
  commentary: number | null;
}

const DEFAULT_ROLES: Roles = { number: 0, status: 2, evidence: 3, commentary: 4 };

export function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isHeaderRow(row: RowBlock): boolean {
  const texts = row.cells.map((c) => squash(c.text));
  return texts.filter((t) => HEADER_WORD.test(t) && t.length < 60).length >= 2 && !texts.some((t) => PROVISION.test(t));
}

function rolesOf(header: RowBlock): Roles {
  const texts = header.cells.map((c) => squash(c.text).toLowerCase());
  const find = (pattern: RegExp): number => texts.findIndex((t) => pattern.test(t));
  // "Provision" names the number column even where a "Section" column comes before it.
  const provision = find(/provision/);
  const number = provision >= 0 ? provision : find(/section|^ref|number|^no\b/);
  const status = find(/comply|complian|yes\s*\/\s*no|\by\/n\b|status/);
  let evidence = find(/evidence/);
  let commentary = texts.findIndex((t, i) => i !== evidence && /commentary|comments?|explanation/.test(t));
  // An unnamed column just before a combined "evidence and commentary" column holds the evidence.
  if (commentary < 0 && evidence > 0 && texts[evidence - 1] === '' && evidence - 1 > status) {
    commentary = evidence;
    evidence -= 1;
  }
  return {
    number: number >= 0 ? number : DEFAULT_ROLES.number,
    status: status >= 0 ? status : DEFAULT_ROLES.status,
    evidence: evidence >= 0 ? evidence : DEFAULT_ROLES.evidence,
    commentary: commentary >= 0 ? commentary : evidence >= 0 ? null : DEFAULT_ROLES.commentary,
  };
}

function cell(row: RowBlock, index: number | null): string {
  return index === null ? '' : (row.cells[index]?.text ?? '');
}

function append(a: string, b: string): string {
  return b === '' ? a : a === '' ? b : `${a}\n${b}`;
}

/**
 * Rows in document order with header rows dropped. A row without a number continues the row before
 * it; header rows repeated after a page break are skipped over, but a row that follows a table's first
 * header row is the rest of that header, cut by a page break. Cells a merge covers (`spanned`) are
 * read once, where the merge starts.
 */
export function rebuildRows(doc: ExtractedDocument): RebuiltRow[] {
  const rows: RebuiltRow[] = [];
  let roles = DEFAULT_ROLES;
  let afterHeader = false;
  for (const block of doc.blocks) {
    if (block.kind !== 'row') continue;
    // A title row merged across the table carries no answer.
    if (block.cells.length > 1 && block.cells.slice(1).every((c) => c.spanned === 'column')) continue;
    if (isHeaderRow(block)) {
      roles = rolesOf(block);
      afterHeader = block.afterBreak !== true;
      continue;
    }
    // A cell merged from the left belongs to the cell it continues. One merged from above applies to a
    // numbered row too, but adds nothing to a row that only continues the one above.
    const spanned = (index: number | null): DocCell['spanned'] => (index === null ? undefined : block.cells[index]?.spanned);
    const own = (index: number | null): string => (spanned(index) === 'column' ? '' : cell(block, index));
    const continuing = (index: number | null): string => (spanned(index) === undefined ? cell(block, index) : '');
    // A number merged down over several rows makes them one provision.
    const number = spanned(roles.number) === 'row' ? undefined : PROVISION.exec(squash(own(roles.number)))?.[1];
    const page = block.page ?? 0;
    if (number) {
      afterHeader = false;
      rows.push({ provision: number, status: own(roles.status), evidence: own(roles.evidence), commentary: own(roles.commentary), pages: [page] });
      continue;
    }
    const previous = rows[rows.length - 1];
    if (!previous || afterHeader) continue;
    previous.status = append(previous.status, continuing(roles.status));
    previous.evidence = append(previous.evidence, continuing(roles.evidence));
    previous.commentary = append(previous.commentary, continuing(roles.commentary));
    if (!previous.pages.includes(page)) previous.pages.push(page);
  }
  return rows;
}

export function compareWithTruth(doc: ExtractedDocument, truth: PdfTruth): TruthReport {
  const tabular = doc.blocks.some((b) => b.kind === 'row') ? doc : (reportStyleTable(doc) ?? doc);
  const rebuilt = rebuildRows(tabular);
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
    const status = normaliseStatus(actual?.status ?? '').status;
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
