import { cell, para, type Block, type Cell, type Row } from './fixture-model';
import type { Answer } from './fixture-answers';
import { requirementText } from './layout-answers';

/** What a column of a layout fixture holds; a function makes an extra column the parser must ignore. */
export type Column =
  'number' | 'requirement' | 'status' | 'evidence' | 'commentary' | 'combined' | ((a: Answer) => string);

export interface TableSpec {
  columns: Column[];
  /** How the landlord writes the provision number. */
  number?: (provision: string) => string;
  abridged?: boolean;
}

export function headerRow(labels: readonly string[]): Row {
  return { header: true, cells: labels.map((l) => cell(l)) };
}

/** A title row merged across the table ("Section 3: ...", "Stage 1"). */
export function titleRow(text: string, width: number): Row {
  return { cells: [cell([para(text, { strong: true })], { colSpan: width })] };
}

/** A title row typed into one cell of an otherwise empty row, as tables without merged cells do it. */
export function titleInCell(text: string, width: number, at: number): Row {
  return { cells: Array.from({ length: width }, (_, i) => cell(i === at ? text : '')) };
}

export function answerCells(a: Answer, spec: TableSpec): Cell[] {
  return spec.columns.map((column) => {
    if (typeof column === 'function') return cell(column(a));
    switch (column) {
      case 'number':
        return cell(spec.number ? spec.number(a.provision.number) : a.provision.number);
      case 'requirement': {
        const text = requirementText(a.provision, spec.abridged ?? false);
        a.printedRequirement ??= text;
        return cell(text);
      }
      case 'status':
        return cell(a.statusText);
      case 'evidence':
        return cell(a.evidence);
      case 'commentary':
        return cell(a.commentary);
      case 'combined':
        return cell([...a.evidence, ...a.commentary]);
    }
  });
}

export function answerRow(a: Answer, spec: TableSpec): Row {
  return { cells: answerCells(a, spec) };
}

/** A cyclic pick, so extra columns vary without touching the answers' random sequence. */
export function cycle<T>(items: readonly T[]): (a: Answer) => T {
  return (a) =>
    items[(a.provision.section * 7 + Number(a.provision.number.split('.')[1])) % items.length] as T;
}

/** Paragraphs of plain text, one block each. */
export const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));

/** One table block. */
export const tableBlock = (rows: Row[], widths: number[] = []): Block => ({
  kind: 'table',
  table: { widths, rows },
});

/** The five columns most forms have, in their usual order. */
export const FIVE_COLUMNS: TableSpec = {
  columns: ['number', 'requirement', 'status', 'evidence', 'commentary'],
};
