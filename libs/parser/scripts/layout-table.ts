import { listSections, type CodeVersion } from '@app/code-catalog';
import type { TruthRow } from '../src/eval/truth';
import { cell, para, parasText, truthRow, type Cell, type FixtureDoc, type Row } from './fixture-model';
import { requirementText, type LayoutAnswer } from './layout-answers';
import type { SpacedOptions } from './layout-render-text';

/** What a column of a layout fixture holds; a function makes an extra column the parser must ignore. */
export type Column =
  | 'number'
  | 'requirement'
  | 'status'
  | 'evidence'
  | 'commentary'
  | 'combined'
  | ((a: LayoutAnswer) => string);

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

export function answerCells(a: LayoutAnswer, spec: TableSpec): Cell[] {
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

export function answerRow(a: LayoutAnswer, spec: TableSpec): Row {
  return { cells: answerCells(a, spec) };
}

/** The truth of one answer; `requirement` is the text as printed (when a fixture prints it more than once). */
export function truthOf(a: LayoutAnswer, combined = false, requirement?: string): TruthRow {
  const evidence = combined ? parasText([...a.evidence, ...a.commentary]) : parasText(a.evidence);
  return {
    ...truthRow(a.provision.number, a.status, evidence, combined ? null : parasText(a.commentary)),
    requirement: requirement ?? a.printedRequirement,
  };
}

export function bySection(answers: readonly LayoutAnswer[]): Map<number, LayoutAnswer[]> {
  const sections = new Map<number, LayoutAnswer[]>();
  for (const a of answers)
    sections.set(a.provision.section, [...(sections.get(a.provision.section) ?? []), a]);
  return sections;
}

export function sectionTitle(version: CodeVersion, section: number): string {
  return listSections(version).find((s) => s.number === section)?.title ?? `Section ${section}`;
}

/** A cyclic pick, so extra columns vary without touching the answers' random sequence. */
export function cycle<T>(items: readonly T[]): (a: LayoutAnswer) => T {
  return (a) =>
    items[(a.provision.section * 7 + Number(a.provision.number.split('.')[1])) % items.length] as T;
}

/** A layout fixture and, for plain text, how it is laid out. */
export interface LayoutFixture {
  doc: FixtureDoc;
  /** Plain text with this cell separator ("\t", " | "). */
  separator?: string;
  /** Plain text aligned with spaces, as `pdftotext -layout` prints it. */
  spaced?: SpacedOptions;
  /** HTML cells as plain text with `<br>` rather than CMS markup (`<p>`, `<span>`, links). */
  plainHtml?: boolean;
}
