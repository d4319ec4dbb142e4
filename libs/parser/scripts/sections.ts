import { listSections, type CodeVersion } from '@app/code-catalog';
import type { Block, Row } from './fixture-model';
import type { Answer } from './fixture-answers';
import { answerRow, headerRow, type TableSpec } from './layout-rows';

/** Answers grouped by Code section, in form order. */
export function bySection<A extends { provision: { section: number } }>(
  answers: readonly A[],
): Map<number, A[]> {
  const sections = new Map<number, A[]>();
  for (const a of answers)
    sections.set(a.provision.section, [...(sections.get(a.provision.section) ?? []), a]);
  return sections;
}

/** The title the catalog gives a section of a Code version. */
export function sectionTitle(version: CodeVersion, section: number): string {
  return listSections(version).find((s) => s.number === section)?.title ?? `Section ${section}`;
}

/** Stage titles inside section 6 (complaint stages), before its first and tenth provisions. */
export type StageTitles = (text: string) => Row;

/** One table for the whole Code: a title row per section (and stage rows when asked), then its answers. */
export function sectionRows(
  answers: readonly Answer[],
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
  answers: readonly Answer[],
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

/**
 * The 2022 form: per section a heading, then its 'must' and its 'should' provisions, each group under a title
 * paragraph (bold when `strongTitles`) in a `table` of its own. Returns the blocks and the answers in printed order.
 */
export function mustShouldTables(
  answers: readonly Answer[],
  table: (group: Answer[]) => Block,
  strongTitles = false,
): { blocks: Block[]; printed: Answer[] } {
  const blocks: Block[] = [];
  const printed: Answer[] = [];
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `Section ${section} - ${sectionTitle('2022', section)}`, level: 2 });
    for (const obligation of ['must', 'should'] as const) {
      const group = list.filter((a) => a.provision.obligation === obligation);
      if (group.length === 0) continue;
      printed.push(...group);
      const text = obligation === 'must' ? "Mandatory 'must' requirements" : "Best practice 'should' requirements";
      blocks.push(strongTitles ? { kind: 'paragraph', text, strong: true } : { kind: 'paragraph', text }, table(group));
    }
  }
  return { blocks, printed };
}
