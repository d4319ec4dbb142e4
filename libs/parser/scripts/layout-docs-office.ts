import type { Block, Row } from './fixture-model';
import { layoutAnswers } from './layout-answers';
import { answerRow, bySection, cycle, headerRow, sectionTitle, titleInCell, titleRow, truthOf, type LayoutFixture, type TableSpec } from './layout-table';

const FIVE: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'] };

/**
 * Word: one table for the whole Code with merged section rows and Stage 1 / Stage 2 rows inside section 6,
 * reworded headers ("Ref", "What the Code says", "Do we comply?", "How we comply", "Actions to achieve
 * compliance"), ticks after "Yes", and the landlord and month in a dash-separated title line.
 */
export function oneTableSections(): LayoutFixture {
  const answers = layoutAnswers('2024', 101, {
    words: { yes: ['Yes', 'Yes ✓', 'Yes'], no: ['No - action plan in place', 'Not met'], partial: ['Partially met'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2024,
    rich: true,
    site: 'www.kestrelvale.org.uk',
  });
  const rows: Row[] = [headerRow(['Ref', 'What the Code says', 'Do we comply?', 'How we comply', 'Actions to achieve compliance'])];
  for (const [section, list] of bySection(answers)) {
    rows.push(titleRow(`Section ${section}: ${sectionTitle('2024', section)}`, 5));
    for (const a of list) {
      if (a.provision.number === '6.1') rows.push(titleRow('Stage 1', 5));
      if (a.provision.number === '6.10') rows.push(titleRow('Stage 2', 5));
      rows.push(answerRow(a, FIVE));
    }
  }
  return {
    doc: {
      name: 'layouts/one-table-sections',
      format: 'docx',
      title: 'Complaint Handling Code self-assessment',
      landscape: true,
      blocks: [
        { kind: 'heading', text: 'Self-assessment against the Housing Ombudsman Complaint Handling Code – Kestrel Vale Housing Group – April 2025', level: 1 },
        { kind: 'paragraph', text: 'Prepared by the Complaints Team and agreed by the Executive Team.' },
        { kind: 'table', table: { widths: [6, 32, 9, 28, 25], rows } },
      ],
      truth: { landlord: 'Kestrel Vale Housing Group', codeVersion: '2024', assessmentYear: 2025, assessmentDate: 'April 2025', rows: answers.map((a) => truthOf(a)) },
    },
  };
}

/**
 * HTML: extra RAG, Owner and Target date columns between and around the ones that matter, "No." and
 * "Evidence of compliance" headers, "Compliant" wording, abridged requirements, and the landlord named only in
 * the logo's alt text.
 */
export function extraColumns(): LayoutFixture {
  const answers = layoutAnswers('2024', 103, {
    words: { yes: ['Compliant', 'Fully compliant'], no: ['Not compliant'], partial: ['Partially compliant'], na: ['Not applicable'] },
    otherShare: 0.2,
    year: 2024,
    rich: true,
  });
  const rag = (a: (typeof answers)[number]): string => ({ yes: 'Green', partial: 'Amber', no: 'Red' } as Record<string, string>)[a.status] ?? '';
  const target = (a: (typeof answers)[number]): string => (a.status === 'yes' ? '–' : '31/03/2026');
  const spec: TableSpec = { columns: ['number', 'requirement', rag, 'status', cycle(['Complaints Manager', 'Head of Customer Experience', 'Director of Housing']), target, 'evidence', 'commentary'], abridged: true };
  const blocks: Block[] = [
    { kind: 'image', alt: 'Ashdown Homes logo' },
    { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
    { kind: 'paragraph', text: 'Completed by: R. Okafor, Complaints Manager. Date: 01/04/2025' },
  ];
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `Section ${section} – ${sectionTitle('2024', section)}`, level: 2 });
    const header = headerRow(['No.', 'Requirement', 'RAG', 'Compliant?', 'Owner', 'Target date', 'Evidence of compliance', 'Comments']);
    blocks.push({ kind: 'table', table: { widths: [5, 24, 5, 9, 10, 8, 22, 17], rows: [header, ...list.map((a) => answerRow(a, spec))] } });
  }
  return {
    doc: {
      name: 'layouts/extra-columns',
      format: 'html',
      title: 'Complaint Handling Code self-assessment',
      landscape: true,
      blocks,
      truth: { landlord: 'Ashdown Homes', codeVersion: '2024', assessmentYear: 2025, assessmentDate: '01/04/2025', rows: answers.map((a) => truthOf(a)) },
    },
    plainHtml: true,
  };
}

/**
 * Word, 2022 Code: must and should rows in one table in number order with an "Obligation" column, the
 * combined evidence column, and the landlord named only in the document's title property.
 */
export function obligationColumn2022(): LayoutFixture {
  const answers = layoutAnswers('2022', 107, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partial'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2023,
  });
  const obligation = (a: (typeof answers)[number]): string => (a.provision.obligation === 'must' ? 'Must' : 'Should');
  const spec: TableSpec = { columns: ['number', obligation, 'requirement', 'status', 'combined'] };
  const header = headerRow(['Code section', 'Obligation', 'Code requirement', 'Comply: Yes/No', 'Evidence, commentary and any explanations']);
  return {
    doc: {
      name: 'layouts/obligation-column-2022',
      format: 'docx',
      title: 'Thornbury Housing Trust – self-assessment 2023',
      landscape: false,
      blocks: [
        { kind: 'heading', text: 'Complaint Handling Code: self-assessment', level: 1 },
        { kind: 'paragraph', text: 'Reviewed by the Board on 14 June 2023' },
        { kind: 'table', table: { widths: [8, 8, 38, 9, 37], rows: [header, ...answers.map((a) => answerRow(a, spec))] } },
      ],
      truth: { landlord: 'Thornbury Housing Trust', codeVersion: '2022', assessmentYear: 2023, assessmentDate: '14 June 2023', rows: answers.map((a) => truthOf(a, true)) },
    },
  };
}

/** HTML with section 7 missing entirely: the rest must parse, and the missing provisions be reported. */
export function missingSection(): LayoutFixture {
  const answers = layoutAnswers('2024', 109, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partial'], na: ['N/A'] },
    otherShare: 0.15,
    year: 2024,
    omit: (p) => p.section === 7,
  });
  const blocks: Block[] = [
    { kind: 'heading', text: 'Elmstead Homes', level: 1 },
    { kind: 'paragraph', text: 'Complaint Handling Code self-assessment' },
    { kind: 'paragraph', text: 'Approved by Board: 20 June 2024' },
  ];
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `Section ${section}: ${sectionTitle('2024', section)}`, level: 2 });
    const header = headerRow(['Provision', 'Code requirement', 'Status', 'Evidence', 'Notes']);
    blocks.push({ kind: 'table', table: { widths: [7, 31, 9, 27, 26], rows: [header, ...list.map((a) => answerRow(a, FIVE))] } });
  }
  return {
    doc: {
      name: 'layouts/missing-section',
      format: 'html',
      title: 'Elmstead Homes – Complaint Handling Code self-assessment',
      landscape: true,
      blocks,
      truth: { landlord: 'Elmstead Homes', codeVersion: '2024', assessmentYear: 2024, assessmentDate: '20 June 2024', rows: answers.map((a) => truthOf(a)) },
    },
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
    { kind: 'paragraph', text: 'Complaint Handling Code self-assessment 2024' },
  ];
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `${section}. ${sectionTitle('2024', section)}`, level: 2 });
    const header = headerRow(['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation']);
    blocks.push({ kind: 'table', table: { widths: [7, 31, 9, 27, 26], rows: [header, ...list.map((a) => answerRow(a, FIVE))] } });
  }
  const summary = answers.map((a) => answerRow(a, { columns: ['number', 'status'] }));
  blocks.push({ kind: 'pageBreak' }, { kind: 'heading', text: 'Appendix: summary of compliance', level: 2 });
  blocks.push({ kind: 'table', table: { widths: [30, 70], rows: [headerRow(['Provision', 'Status']), ...summary] } });
  return {
    doc: {
      name: 'layouts/summary-appendix',
      format: 'docx',
      title: 'Hallam Cross Homes self-assessment',
      landscape: true,
      blocks,
      truth: { landlord: 'Hallam Cross Homes', codeVersion: '2024', assessmentYear: 2024, assessmentDate: null, rows: answers.map((a) => truthOf(a)) },
    },
  };
}

/**
 * HTML: tick marks, a cross, "TBC" (unknown) and blank answers; section titles typed into the first cell of
 * an otherwise empty row and stage titles into the requirement cell; numbered lists, links, line breaks and
 * "Yes, we comply" in the evidence; the landlord only in a copyright footer.
 */
export function tickMarks(): LayoutFixture {
  const answers = layoutAnswers('2024', 127, {
    words: { yes: ['✔', '✓', 'Yes ✓'], no: ['✗', 'No'], partial: ['Partially met'], unknown: ['TBC'] },
    otherShare: 0.2,
    blank: ['8.2', '9.6'],
    year: 2024,
    rich: true,
    site: 'www.greyfriars-ch.org.uk',
  });
  const rows: Row[] = [headerRow(['Provision', 'Requirement', 'Met?', 'Evidence', 'Comments'])];
  for (const [section, list] of bySection(answers)) {
    rows.push(titleInCell(`Section ${section}: ${sectionTitle('2024', section)}`, 5, 0));
    for (const a of list) {
      if (a.provision.number === '6.1') rows.push(titleInCell('Stage 1', 5, 1));
      if (a.provision.number === '6.10') rows.push(titleInCell('Stage 2', 5, 1));
      rows.push(answerRow(a, FIVE));
    }
  }
  return {
    doc: {
      name: 'layouts/tick-marks',
      format: 'html',
      title: 'Complaint Handling Code self-assessment',
      landscape: true,
      blocks: [
        { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
        { kind: 'paragraph', text: 'As at 31 March 2024' },
        { kind: 'table', table: { widths: [7, 31, 7, 29, 26], rows } },
        { kind: 'paragraph', text: '© 2024 Greyfriars Community Housing. All rights reserved.' },
      ],
      truth: { landlord: 'Greyfriars Community Housing', codeVersion: '2024', assessmentYear: 2024, assessmentDate: '31 March 2024', rows: answers.map((a) => truthOf(a)) },
    },
  };
}
