/**
 * Turns a corpus text extraction (tab-separated cells, HTML fragments, page-break debris) back into
 * tables, so the documents can be typeset again and printed to PDF. Provision numbers and statuses come
 * from the hand-checked truth file; the cell texts come from the extraction.
 */
import { readFileSync } from 'node:fs';
import { textBlock, type CellBlock, type DocumentDetails, type FixtureBlock, type FixtureDocument, type FixtureRow, type FixtureTable, type InlineRun, type InlineStyle } from '../fixture-model';

export interface CorpusTruthRow {
  provision: string;
  status: 'yes' | 'no' | 'partial' | 'na' | 'missing';
}

export interface CorpusTruth extends DocumentDetails {
  rows: CorpusTruthRow[];
}

const BULLET_MARK = /^[\s\u00a0]*[●•▪◦■\uf0b7][\s\u00a0]*/u;
const STATUS_WORD = /^(yes|no|y|n|partial|n\/a)$/i;

interface OpenRow {
  provision: string | null;
  status: string;
  fragments: string[][];
}

function cleanLine(line: string): string {
  return line.replace(/\u00a0/g, ' ').replace(/\r$/, '');
}

function stripMarkdown(text: string): string {
  return text
    .replace(/^#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
}

function plain(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isHeader(fields: string[]): boolean {
  return fields.length >= 4 && /^code (provision|section)$/i.test(plain(fields[0] ?? ''));
}

function isRule(fields: string[]): boolean {
  return fields.every((field) => /^\s*-*\s*$/.test(field));
}

function isTitleRow(fields: string[]): boolean {
  return fields.length >= 4 && plain(fields[0] ?? '') !== '' && fields.slice(1).every((field) => plain(field) === '');
}

/** Parses the HTML fragments of one cell into paragraphs and list items. */
export function parseCellHtml(html: string): CellBlock[] {
  const blocks: CellBlock[] = [];
  const styles: InlineStyle[] = [];
  let current: CellBlock | null = null;
  const open = (bullet: boolean): CellBlock => {
    current = { runs: [], bullet };
    blocks.push(current);
    return current;
  };
  const tagStyle: Record<string, InlineStyle> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', a: 'link' };
  for (const token of html.match(/<\/?[a-z]+[^>]*>|[^<]+/gi) ?? []) {
    const tag = /^<(\/?)([a-z]+)/i.exec(token);
    if (!tag) {
      let text = token;
      let target: CellBlock = current ?? open(false);
      if (target.runs.length === 0 && BULLET_MARK.test(text)) {
        if (!target.bullet) target = current = open(true);
        text = text.replace(BULLET_MARK, '');
      }
      if (target.runs.length === 0) text = text.replace(/^\s+/, '');
      if (text !== '') target.runs.push({ text, styles: [...styles] });
      continue;
    }
    const [, closing, rawName] = tag;
    const name = (rawName ?? '').toLowerCase();
    const style = tagStyle[name];
    if (style) {
      if (closing) styles.splice(styles.lastIndexOf(style), 1);
      else styles.push(style);
    } else if (name === 'p' || name === 'li' || name === 'ul' || name === 'ol' || name === 'br') {
      current = null;
    }
  }
  return blocks
    .map((block) => ({ ...block, runs: trimRuns(block.runs) }))
    .filter((block) => block.runs.some((run) => run.text.trim() !== ''));
}

function trimRuns(runs: InlineRun[]): InlineRun[] {
  // "self- assessment": a line-end hyphen that the corpus extraction turned into a hyphen and a space.
  const out = runs.map((run) => ({ ...run, text: run.text.replace(/\s+/g, ' ').replace(/(\p{L})- (\p{Ll})/gu, '$1-$2') }));
  const first = out[0];
  const last = out[out.length - 1];
  if (first) first.text = first.text.trimStart();
  if (last) last.text = last.text.trimEnd();
  return out.filter((run) => run.text !== '');
}

/** Joins a cell's fragments from several extraction lines: a fragment that opens a block starts a new line. */
function joinFragments(fragments: string[]): string {
  let html = '';
  for (const fragment of fragments.map((f) => f.trim()).filter((f) => f !== '')) {
    const opensBlock = /^<(p|ul|ol|li)\b/i.test(fragment);
    html += html === '' ? fragment : opensBlock ? fragment : ` ${fragment}`;
  }
  return html;
}

function statusText(source: string, truth: CorpusTruthRow['status']): string {
  const word = plain(source).toLowerCase();
  const normalised: Record<string, CorpusTruthRow['status']> = { yes: 'yes', y: 'yes', no: 'no', n: 'no', partial: 'partial', 'n/a': 'na' };
  if (normalised[word] === truth) return plain(source);
  const canonical: Record<CorpusTruthRow['status'], string> = { yes: 'Yes', no: 'No', partial: 'Partial', na: 'N/A', missing: '' };
  return canonical[truth];
}

export function readCorpusDocument(textPath: string, truthPath: string): FixtureDocument {
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as CorpusTruth;
  const lines = readFileSync(textPath, 'utf8').split('\n').map(cleanLine);
  const blocks: FixtureBlock[] = [];
  let table: FixtureTable | null = null;
  let lastTable: FixtureTable | null = null;
  let row: OpenRow | null = null;
  let pendingTitle: string | null = null;
  let next = 0;
  let lastHeading = '';

  const finishRow = (): void => {
    if (!row) return;
    const target = table ?? lastTable;
    const width = target?.header.length ?? 5;
    const truthRow = row.provision === null ? null : truth.rows.find((r, i) => i < next && r.provision === row?.provision);
    const cells = Array.from({ length: width }, (_, column) => parseCellHtml(joinFragments(row?.fragments.map((f) => f[column] ?? '') ?? [])));
    if (row.provision === null || !truthRow) {
      // An unnumbered block of lines: it continues the previous row's cells.
      const previous = target?.rows[target.rows.length - 1];
      if (previous) previous.cells = previous.cells.map((blocksOfCell, column) => [...blocksOfCell, ...(cells[column] ?? [])]);
    } else {
      const number = textBlock(truthRow.provision);
      const status = textBlock(statusText(row.status, truthRow.status));
      const built: FixtureRow = { provision: truthRow.provision, status: truthRow.status, cells: [[number], cells[1] ?? [], [status], ...cells.slice(3)] };
      target?.rows.push(built);
    }
    row = null;
  };

  const closeTable = (): void => {
    finishRow();
    if (table && table.rows.length > 0) lastTable = table;
    table = null;
  };

  for (const line of lines) {
    const fields = line.split('\t');
    const blank = line.trim() === '';
    if (blank) continue;
    if (fields.length === 1) {
      const text = stripMarkdown(plain(line));
      if (text === '' || text === '--') continue;
      if (table && text === lastHeading) continue;
      closeTable();
      const heading = /^#|^\*\*/.test(line.trim()) || (text.length < 90 && /^[A-Z]/.test(text) && !/[.:]$/.test(text));
      blocks.push({ kind: heading ? 'heading' : 'paragraph', text });
      if (heading) lastHeading = text;
      continue;
    }
    if (isRule(fields)) continue;
    if (isHeader(fields)) {
      if (table) continue;
      table = { kind: 'table', header: fields.map(plain), rows: [] };
      if (pendingTitle !== null) table.title = pendingTitle;
      pendingTitle = null;
      blocks.push(table);
      continue;
    }
    if (isTitleRow(fields)) {
      if (!table) pendingTitle = plain(fields[0] ?? '');
      continue;
    }
    const number = plain(fields[0] ?? '').replace(/^provision\s+/i, '');
    const expected = truth.rows[next]?.provision;
    if (number !== '' && number === expected) {
      if (row && row.provision === null) {
        row.provision = number;
      } else {
        finishRow();
        row = { provision: number, status: fields[2] ?? '', fragments: [] };
      }
      if (plain(row.status) === '') row.status = fields[2] ?? '';
      next += 1;
    } else if (number === '' && STATUS_WORD.test(plain(fields[2] ?? '')) && row && row.provision !== null && plain(row.status) !== '') {
      finishRow();
      row = { provision: null, status: fields[2] ?? '', fragments: [] };
    } else if (!row) {
      row = { provision: null, status: '', fragments: [] };
    }
    row.fragments.push(fields);
  }
  closeTable();
  const rendered = blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));
  const missing = truth.rows.filter((r) => !rendered.some((x) => x.provision === r.provision));
  if (rendered.length !== truth.rows.length || missing.length > 0) {
    throw new Error(`${textPath}: rebuilt ${rendered.length} rows, truth has ${truth.rows.length}; missing ${missing.map((r) => r.provision).join(', ')}`);
  }
  return {
    landlord: truth.landlord,
    codeVersion: truth.codeVersion,
    assessmentYear: truth.assessmentYear,
    assessmentDate: truth.assessmentDate,
    blocks: blocks.filter((block) => block.kind !== 'table' || block.rows.length > 0),
  };
}
