import type { Block, Row } from './fixture-model';
import { layoutAnswers } from './layout-answers';
import { answerRow, bySection, cycle, headerRow, sectionTitle, titleRow, truthOf, type LayoutFixture, type TableSpec } from './layout-table';

/** Markdown: a "Ref | Compliant?" summary of every answer first, then the detailed tables per section. */
export function summaryFirst(): LayoutFixture {
  const answers = layoutAnswers('2024', 163, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partially compliant'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2024,
    rich: true,
  });
  const short: Record<string, string> = { Yes: 'Y', No: 'N', 'Partially compliant': 'Partial', 'N/A': 'N/A' };
  const summary = answers.map((a): Row => answerRow({ ...a, statusText: short[a.statusText] ?? a.statusText }, { columns: ['number', 'status'] }));
  const blocks: Block[] = [
    { kind: 'heading', text: 'Pennine Rise Housing', level: 1 },
    { kind: 'paragraph', text: 'Complaint Handling Code self-assessment 2024/25' },
    { kind: 'heading', text: 'Summary', level: 2 },
    { kind: 'table', table: { widths: [], rows: [headerRow(['Ref', 'Compliant?']), ...summary] } },
  ];
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'] };
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `Section ${section}: ${sectionTitle('2024', section)}`, level: 2 });
    blocks.push({ kind: 'table', table: { widths: [], rows: [headerRow(['Ref', 'Requirement', 'Compliant?', 'Evidence', 'Comments']), ...list.map((a) => answerRow(a, spec))] } });
  }
  return {
    doc: {
      name: 'layouts/summary-first',
      format: 'md',
      title: '',
      landscape: false,
      blocks,
      truth: { landlord: 'Pennine Rise Housing', codeVersion: '2024', assessmentYear: 2025, assessmentDate: null, rows: answers.map((a) => truthOf(a)) },
    },
  };
}

/**
 * `pdftotext -layout` with the answer after the evidence, an extra "Owner" column, numbers written "1.2.",
 * a two-line header, and the landlord known from its email address and the name it uses in the text.
 */
export function spaceAlignedExtra(): LayoutFixture {
  const answers = layoutAnswers('2024', 167, {
    words: { yes: ['Yes', 'Met'], no: ['No'], partial: ['Partially met'], na: ['Not applicable'] },
    otherShare: 0.2,
    year: 2024,
  });
  const spec: TableSpec = {
    columns: ['number', 'requirement', 'evidence', 'status', cycle(['Complaints Lead', 'Head of Housing', 'Quality Manager']), 'commentary'],
    number: (n) => `${n}.`,
    abridged: true,
  };
  const rows: Row[] = [];
  for (const [section, list] of bySection(answers)) {
    rows.push(titleRow(`${section}. ${sectionTitle('2024', section)}`, 6));
    rows.push(...list.map((a) => answerRow(a, spec)));
  }
  return {
    doc: {
      name: 'layouts/space-aligned-extra',
      format: 'txt',
      title: '',
      landscape: true,
      blocks: [
        { kind: 'heading', text: 'Annual complaints self-assessment', level: 1 },
        { kind: 'paragraph', text: 'Financial year 2024-25' },
        { kind: 'paragraph', text: 'At Fellside we want to hear when things go wrong. Contact complaints@fellsidehomes.org.uk.' },
        { kind: 'table', table: { widths: [], rows } },
      ],
      truth: { landlord: 'Fellside Homes', codeVersion: '2024', assessmentYear: 2025, assessmentDate: null, rows: answers.map((a) => truthOf(a)) },
    },
    spaced: {
      widths: [7, 38, 36, 11, 14, 30],
      gutters: [2, 3, 3, 2, 3],
      margin: 3,
      pageLines: 62,
      header: [
        ['Ref', 'Code requirement', 'Evidence of', 'Compliant?', 'Owner', 'Notes'],
        ['', '', 'compliance', '', '', ''],
      ],
      top: 'Complaint Handling Code self-assessment 2024-25',
    },
  };
}

/**
 * `pdftotext -layout` at its least tidy: a header wrapped over three lines, one heading over the evidence and
 * commentary columns (the evidence column has no heading of its own), columns placed a little differently on
 * every page, and answers that wander left until a single space joins them to the requirement.
 */
export function spaceAlignedDrift(): LayoutFixture {
  const answers = layoutAnswers('2024', 173, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partial'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2024,
  });
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'], abridged: true };
  const rows: Row[] = [];
  for (const [section, list] of bySection(answers)) {
    rows.push(titleRow(`Section ${section}: ${sectionTitle('2024', section)}`, 5));
    rows.push(...list.map((a) => answerRow(a, spec)));
  }
  return {
    doc: {
      name: 'layouts/space-aligned-drift',
      format: 'txt',
      title: '',
      landscape: true,
      blocks: [
        { kind: 'paragraph', text: 'Wrenfield Homes - Complaint Handling Code self-assessment' },
        { kind: 'paragraph', text: 'Our self-assessment: 2 July 2024' },
        { kind: 'table', table: { widths: [], rows } },
      ],
      truth: { landlord: 'Wrenfield Homes', codeVersion: '2024', assessmentYear: 2024, assessmentDate: '2 July 2024', rows: answers.map((a) => truthOf(a)) },
    },
    spaced: {
      widths: [6, 40, 7, 26, 34],
      gutters: [3],
      margin: 1,
      pageLines: 56,
      header: [
        ['Code', 'Code requirement', 'Comply:', '', 'Evidence, commentary &'],
        ['provisi', '', 'Yes /', '', 'explanation'],
        ['on', '', 'No', '', ''],
      ],
      pageShift: [[], [0, -1, -1, -1, -1], [0, 1, 2, 1, 2], [0, 0, -1, 0, -1]],
      jitter: { column: 2, offsets: [0, -2, -4, -1, 0, -3] },
    },
  };
}
