import type { PageRegion, RowBlock } from '../model/extracted-document';
import type { ColumnMap, ColumnRole } from '../vocabulary/header-row';
import { classifyNumberCell } from '../vocabulary/provision-number';
import { isAnswer } from '../vocabulary/answers';

export type TextRole = 'requirement' | 'status' | 'evidence' | 'commentary';

export interface LineSource {
  table?: number;
  row?: number;
  line?: number;
  page?: number;
}

/** One table row (or one visual line of one) with its cells sorted into roles. */
export interface RoleLine {
  index: number;
  number: string;
  /** The number cell repeats a merged cell from the row above. */
  numberSpanned: boolean;
  text: Record<TextRole, string>;
  /** The answer cell repeats a merged cell from the row above. */
  statusSpanned: boolean;
  afterBreak: boolean;
  /** The line had fewer cells than the header and they were placed by content. */
  realigned: boolean;
  /** The line's table has evidence or commentary columns (a summary table of answers alone has not). */
  detailed: boolean;
  source: LineSource;
  regions: PageRegion[];
}

const PLACEHOLDER = /^[\s\-–—_.·•*]*$/;
const UNTICKED = /^[\s☐□○◯]*$/;

/** A mark in a Yes / No tick column: "X", "✓", "☒", "Yes"; an empty box or blank is no mark. */
function isTicked(text: string): boolean {
  return text.trim() !== '' && !UNTICKED.test(text.trim());
}

export function toRoleLine(block: RowBlock, columns: ColumnMap, index: number): RoleLine {
  const line: RoleLine = {
    index,
    number: '',
    numberSpanned: false,
    text: { requirement: '', status: '', evidence: '', commentary: '' },
    statusSpanned: false,
    afterBreak: block.afterBreak ?? false,
    realigned: false,
    detailed: columns.roles.includes('evidence') || columns.roles.includes('commentary'),
    source: sourceOf(block),
    regions: block.cells.flatMap((c) => c.regions ?? []),
  };
  const cells = block.cells;
  const first = cells[0]?.text ?? '';
  const width = columns.roles.length;
  const shortRow = cells.length < width && cells.length > 0 && first.trim() !== '' && classifyNumberCell(first).kind === 'text';
  if (shortRow && columns.roles[0] === 'number') {
    realign(line, cells.map((c) => c.text));
    return line;
  }

  cells.forEach((cell, i) => {
    const role: ColumnRole = columns.roles[i] ?? overflowRole(columns);
    if (role === 'ignore' || cell.spanned === 'column') return;
    const text = cleanCell(cell.text, columns.headers[i], role === 'status');
    if (role === 'number') {
      line.number = joinText(line.number, text);
      line.numberSpanned ||= cell.spanned === 'row';
      return;
    }
    if (role === 'status') {
      line.text.status = joinText(line.text.status, text);
      line.statusSpanned ||= cell.spanned === 'row';
      return;
    }
    if (role === 'tick') {
      if (isTicked(cell.text)) line.text.status = joinText(line.text.status, columns.headers[i]?.trim() ?? '');
      return;
    }
    if (cell.spanned === 'row') return;
    line.text[role] = joinText(line.text[role], text);
  });
  return line;
}

// Cells beyond the header's width belong with the last text column.
function overflowRole(columns: ColumnMap): ColumnRole {
  return columns.roles.includes('commentary') ? 'commentary' : 'evidence';
}

/** Text extractions drop leading empty cells on some continuation lines; place the cells by content instead. */
function realign(line: RoleLine, cells: string[]): void {
  const order: TextRole[] = ['requirement', 'evidence', 'commentary'];
  let next = 0;
  cells.forEach((raw, i) => {
    const text = cleanCell(raw, undefined, false);
    if (i > 0 && !line.text.status && isAnswer(text)) {
      line.text.status = text;
      return;
    }
    const role = order[Math.min(next, order.length - 1)] ?? 'commentary';
    line.text[role] = joinText(line.text[role], text);
    next++;
  });
  line.realigned = true;
}

/**
 * Drops placeholder dashes and header words that bled into a data cell ("Commentary / explanation"). In the
 * answer column only an exact copy counts: "Met" under the heading "Met?" is an answer; and "Evidence:" opening
 * a list under the heading "Evidence" is the landlord's own label.
 */
function cleanCell(text: string, header: string | undefined, exact: boolean): string {
  const trimmed = text.trim();
  if (PLACEHOLDER.test(trimmed)) return '';
  if (!header || (trimmed.endsWith(':') && !header.trim().endsWith(':'))) return trimmed;
  if (exact ? spaced(trimmed) === spaced(header) : squash(trimmed) === squash(header)) return '';
  return trimmed;
}

function spaced(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function joinText(a: string, b: string): string {
  if (!b) return a;
  return a ? `${a}\n${b}` : b;
}

function sourceOf(block: RowBlock): LineSource {
  const source: LineSource = {};
  if (block.tableIndex !== undefined) source.table = block.tableIndex;
  if (block.rowIndex !== undefined) source.row = block.rowIndex;
  if (block.line !== undefined) source.line = block.line;
  if (block.page !== undefined) source.page = block.page;
  return source;
}
