import { listSections, type CodeVersion } from '@app/code-catalog';
import type { Truth, TruthRow } from '../src/eval/truth';
import {
  cell,
  para,
  parasText,
  truthRow,
  type Block,
  type Cell,
  type FixtureDoc,
  type Row,
} from './fixture-model';
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

/** Stage titles inside section 6 (complaint stages), before its first and tenth provisions. */
export type StageTitles = (text: string) => Row;

/** One table for the whole Code: a title row per section (and stage rows when asked), then its answers. */
export function sectionRows(
  answers: readonly LayoutAnswer[],
  spec: TableSpec,
  sectionRow: (section: number) => Row,
  stageRow?: StageTitles,
): Row[] {
  const rows: Row[] = [];
  for (const [section, list] of bySection(answers)) {
    rows.push(sectionRow(section));
    for (const a of list) {
      if (stageRow && a.provision.number === '6.1') rows.push(stageRow('Stage 1'));
      if (stageRow && a.provision.number === '6.10') rows.push(stageRow('Stage 2'));
      rows.push(answerRow(a, spec));
    }
  }
  return rows;
}

/** A table per section: a heading, then a header row and the section's answers. */
export function sectionTables(
  answers: readonly LayoutAnswer[],
  spec: TableSpec,
  heading: (section: number) => string,
  header: readonly string[],
  widths: number[] = [],
): Block[] {
  return [...bySection(answers)].flatMap(([section, list]): Block[] => [
    { kind: 'heading', text: heading(section), level: 2 },
    { kind: 'table', table: { widths, rows: [headerRow(header), ...list.map((a) => answerRow(a, spec))] } },
  ]);
}

/** What a layout fixture's truth says beside its rows. */
export type TruthDetails = Omit<Truth, 'rows' | 'file' | 'target'>;

/** A layout fixture's document: no title property and portrait unless said, the truth's rows one per answer. */
export function layoutDoc(
  answers: readonly LayoutAnswer[],
  described: Pick<FixtureDoc, 'name' | 'format' | 'blocks'> &
    Partial<Pick<FixtureDoc, 'title' | 'landscape'>> &
    TruthDetails,
  rows: TruthRow[] = answers.map((a) => truthOf(a)),
): FixtureDoc {
  const { landlord, codeVersion, assessmentYear, assessmentDate, ...doc } = described;
  return {
    title: '',
    landscape: false,
    ...doc,
    truth: { landlord, codeVersion, assessmentYear, assessmentDate, rows },
  };
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
