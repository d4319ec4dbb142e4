import type { Block, Row } from './fixture-model';
import { layoutAnswers, PLAIN_WORDS } from './layout-answers';
import { layoutDoc, truthOf, type LayoutFixture } from './layout-fixture';
import { answerRow, FIVE_COLUMNS, headerRow, paragraphs, tableBlock, titleRow, type TableSpec } from './layout-rows';
import { sectionRows, sectionTables, sectionTitle } from './sections';

/**
 * Word: one table for the whole Code with merged section rows and Stage 1 / Stage 2 rows inside section 6,
 * reworded headers ("Ref", "What the Code says", "Do we comply?", "How we comply", "Actions to achieve
 * compliance"), ticks after "Yes", and the landlord and month in a dash-separated title line.
 */
export function oneTableSections(): LayoutFixture {
  const answers = layoutAnswers('2024', 101, {
    words: {
      yes: ['Yes', 'Yes ✓', 'Yes'],
      no: ['No - action plan in place', 'Not met'],
      partial: ['Partially met'],
      na: ['N/A'],
    },
    otherShare: 0.2,
    year: 2024,
    rich: true,
    site: 'www.kestrelvale.org.uk',
  });
  const rows: Row[] = [
    headerRow([
      'Ref',
      'What the Code says',
      'Do we comply?',
      'How we comply',
      'Actions to achieve compliance',
    ]),
  ];
  rows.push(
    ...sectionRows(
      answers,
      FIVE_COLUMNS,
      (s) => titleRow(`Section ${s}: ${sectionTitle('2024', s)}`, 5),
      (stage) => titleRow(stage, 5),
    ),
  );

  return {
    doc: layoutDoc(answers, {
      name: 'layouts/one-table-sections',
      format: 'docx',
      title: 'Complaint Handling Code self-assessment',
      landscape: true,
      blocks: [
        {
          kind: 'heading',
          text: 'Self-assessment against the Housing Ombudsman Complaint Handling Code – Kestrel Vale Housing Group – April 2025',
          level: 1,
        },
        ...paragraphs('Prepared by the Complaints Team and agreed by the Executive Team.'),
        tableBlock(rows, [6, 32, 9, 28, 25]),
      ],
      landlord: 'Kestrel Vale Housing Group',
      codeVersion: '2024',
      assessmentYear: 2025,
      assessmentDate: 'April 2025',
    }),
  };
}

/**
 * Word, 2022 Code: must and should rows in one table in number order with an "Obligation" column, the
 * combined evidence column, and the landlord named only in the document's title property.
 */
export function obligationColumn2022(): LayoutFixture {
  const answers = layoutAnswers('2022', 107, {
    words: PLAIN_WORDS,
    otherShare: 0.2,
    year: 2023,
  });
  const obligation = (a: (typeof answers)[number]): string =>
    a.provision.obligation === 'must' ? 'Must' : 'Should';
  const spec: TableSpec = { columns: ['number', obligation, 'requirement', 'status', 'combined'] };
  const header = headerRow([
    'Code section',
    'Obligation',
    'Code requirement',
    'Comply: Yes/No',
    'Evidence, commentary and any explanations',
  ]);
  return {
    doc: layoutDoc(
      answers,
      {
        name: 'layouts/obligation-column-2022',
        format: 'docx',
        title: 'Thornbury Housing Trust – self-assessment 2023',
        blocks: [
          { kind: 'heading', text: 'Complaint Handling Code: self-assessment', level: 1 },
          ...paragraphs('Reviewed by the Board on 14 June 2023'),
          {
            kind: 'table',
            table: { widths: [8, 8, 38, 9, 37], rows: [header, ...answers.map((a) => answerRow(a, spec))] },
          },
        ],
        landlord: 'Thornbury Housing Trust',
        codeVersion: '2022',
        assessmentYear: 2023,
        assessmentDate: '14 June 2023',
      },
      answers.map((a) => truthOf(a, true)),
    ),
  };
}

/** Word: the detailed tables, then an appendix repeating every answer in a two-column summary table. */
export function summaryAppendix(): LayoutFixture {
  const answers = layoutAnswers('2024', 113, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partially'], na: ['N/A'] },
    otherShare: 0.15,
    year: 2024,
    rich: true,
  });
  const blocks: Block[] = [
    { kind: 'heading', text: 'Hallam Cross Homes', level: 1 },
    ...paragraphs('Complaint Handling Code self-assessment 2024'),
  ];
  blocks.push(
    ...sectionTables(
      answers,
      FIVE_COLUMNS,
      (s) => `${s}. ${sectionTitle('2024', s)}`,
      ['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'],
      [7, 31, 9, 27, 26],
    ),
  );
  const summary = answers.map((a) => answerRow(a, { columns: ['number', 'status'] }));
  blocks.push({ kind: 'pageBreak' }, { kind: 'heading', text: 'Appendix: summary of compliance', level: 2 });
  blocks.push({
    kind: 'table',
    table: { widths: [30, 70], rows: [headerRow(['Provision', 'Status']), ...summary] },
  });
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/summary-appendix',
      format: 'docx',
      title: 'Hallam Cross Homes self-assessment',
      landscape: true,
      blocks,
      landlord: 'Hallam Cross Homes',
      codeVersion: '2024',
      assessmentYear: 2024,
      assessmentDate: null,
    }),
  };
}
