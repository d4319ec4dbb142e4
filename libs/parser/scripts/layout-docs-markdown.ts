import { para, type Block, type Row } from './fixture-model';
import { layoutAnswers } from './layout-answers';
import { layoutDoc, truthOf, type LayoutFixture } from './layout-fixture';
import { answerRow, headerRow, paragraphs, tableBlock, titleRow, type TableSpec } from './layout-rows';
import { bySection, sectionTables, sectionTitle } from './sections';

/**
 * Markdown: one table per section with the answer after the evidence ("Section", "Met?", "Notes"),
 * numbers written "1.2.", escaped pipes, links and `<br>` inside cells; the year as "Financial year 2024-25".
 */
export function statusAfterEvidence(): LayoutFixture {
  const answers = layoutAnswers('2024', 131, {
    words: { yes: ['Met'], no: ['Not met'], partial: ['Partially met'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2024,
    rich: true,
    site: 'www.brackenford.gov.uk',
  });
  for (const a of answers.filter((_, i) => i % 9 === 4))
    a.evidence.push(para('Complaints Policy | Complaints Procedure (both on the intranet)'));
  const spec: TableSpec = {
    columns: ['number', 'requirement', 'evidence', 'status', 'commentary'],
    number: (n) => `${n}.`,
  };
  const blocks: Block[] = [
    { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
    { kind: 'paragraph', text: 'Brackenford Borough Council – Housing Services', strong: true },
    ...paragraphs('Financial year 2024-25'),
  ];
  blocks.push(
    ...sectionTables(answers, spec, (s) => `Section ${s}: ${sectionTitle('2024', s)}`, [
      'Section',
      'Code requirement',
      'Evidence',
      'Met?',
      'Notes',
    ]),
  );
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/status-after-evidence',
      format: 'md',
      blocks,
      landlord: 'Brackenford Borough Council',
      codeVersion: '2024',
      assessmentYear: 2025,
      assessmentDate: null,
    }),
  };
}

/**
 * Markdown, one table for the whole Code: bold section and stage rows inside it, and numbers written
 * "Provision 1.2", "1.3.", "6 .14", and 5.8 split over "5.8 (a)" and "5.8 (b)" rows.
 */
export function numberVariants(): LayoutFixture {
  const answers = layoutAnswers('2024', 151, {
    words: { yes: ['Yes', 'Yes (see commentary)', '✔'], no: ['No'], partial: ['Partial'], na: ['N/A'] },
    otherShare: 0.15,
    year: 2024,
    rich: true,
  });
  const spec: TableSpec = {
    columns: ['number', 'requirement', 'status', 'evidence', 'commentary'],
    number: numberStyle,
  };
  const rows: Row[] = [
    headerRow([
      'Code provision',
      'Code requirement',
      'Comply: Yes / No',
      'Evidence',
      'Commentary / explanation',
    ]),
  ];
  for (const [section, list] of bySection(answers)) {
    rows.push(titleRow(`Section ${section}: ${sectionTitle('2024', section)}`, 5));
    for (const a of list) {
      if (a.provision.number === '6.1') rows.push(titleRow('Stage 1', 5));
      if (a.provision.number === '6.10') rows.push(titleRow('Stage 2', 5));
      if (a.provision.number !== '5.8') {
        rows.push(answerRow(a, spec));
        continue;
      }
      const second = {
        ...a,
        statusText: a.statusText,
        evidence: [
          para(
            'Complaint handler guidance, part (b): conflicts of interest are declared on the case record.',
          ),
        ],
        commentary: [],
      };
      rows.push(
        answerRow(a, { ...spec, number: () => '5.8 (a)' }),
        answerRow(second, { ...spec, number: () => '5.8 (b)' }),
      );
      a.evidence = [...a.evidence, ...second.evidence];
    }
  }
  return {
    doc: layoutDoc(
      answers,
      {
        name: 'layouts/number-variants',
        format: 'md',
        blocks: [...paragraphs('Landlord: Weaver Valley Homes', 'Date: 28 February 2025'), tableBlock(rows)],
        landlord: 'Weaver Valley Homes',
        codeVersion: '2024',
        assessmentYear: 2025,
        assessmentDate: '28 February 2025',
      },
      answers.map((a) =>
        truthOf(
          a,
          false,
          a.provision.number === '5.8' ? `${a.provision.requirement}\n${a.provision.requirement}` : undefined,
        ),
      ),
    ),
  };
}

function numberStyle(n: string): string {
  const [section, item] = n.split('.');
  if (section === '1') return `Provision ${n}`;
  if (section === '6' && Number(item) >= 10) return `${section} .${item}`;
  if (section === '3') return `${n}.`;
  return n;
}

/** Markdown: a "Ref | Compliant?" summary of every answer first, then the detailed tables per section. */
export function summaryFirst(): LayoutFixture {
  const answers = layoutAnswers('2024', 163, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partially compliant'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2024,
    rich: true,
  });
  const short: Record<string, string> = { Yes: 'Y', No: 'N', 'Partially compliant': 'Partial', 'N/A': 'N/A' };
  const summary = answers.map((a): Row =>
    answerRow({ ...a, statusText: short[a.statusText] ?? a.statusText }, { columns: ['number', 'status'] }),
  );
  const blocks: Block[] = [
    { kind: 'heading', text: 'Pennine Rise Housing', level: 1 },
    ...paragraphs('Complaint Handling Code self-assessment 2024/25'),
    { kind: 'heading', text: 'Summary', level: 2 },
    { kind: 'table', table: { widths: [], rows: [headerRow(['Ref', 'Compliant?']), ...summary] } },
  ];
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'] };
  blocks.push(
    ...sectionTables(answers, spec, (s) => `Section ${s}: ${sectionTitle('2024', s)}`, [
      'Ref',
      'Requirement',
      'Compliant?',
      'Evidence',
      'Comments',
    ]),
  );
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/summary-first',
      format: 'md',
      blocks,
      landlord: 'Pennine Rise Housing',
      codeVersion: '2024',
      assessmentYear: 2025,
      assessmentDate: null,
    }),
  };
}
