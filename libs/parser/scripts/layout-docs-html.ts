import type { Block, Row } from './fixture-model';
import { layoutAnswers } from './layout-answers';
import {
  answerRow,
  bySection,
  cycle,
  headerRow,
  sectionTitle,
  titleInCell,
  truthOf,
  type LayoutFixture,
  type TableSpec,
} from './layout-table';

const FIVE: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'] };

/**
 * HTML: extra RAG, Owner and Target date columns between and around the ones that matter, "No." and
 * "Evidence of compliance" headers, "Compliant" wording, abridged requirements, and the landlord named only in
 * the logo's alt text.
 */
export function extraColumns(): LayoutFixture {
  const answers = layoutAnswers('2024', 103, {
    words: {
      yes: ['Compliant', 'Fully compliant'],
      no: ['Not compliant'],
      partial: ['Partially compliant'],
      na: ['Not applicable'],
    },
    otherShare: 0.2,
    year: 2024,
    rich: true,
  });
  const rag = (a: (typeof answers)[number]): string =>
    (({ yes: 'Green', partial: 'Amber', no: 'Red' }) as Record<string, string>)[a.status] ?? '';
  const target = (a: (typeof answers)[number]): string => (a.status === 'yes' ? '–' : '31/03/2026');
  const spec: TableSpec = {
    columns: [
      'number',
      'requirement',
      rag,
      'status',
      cycle(['Complaints Manager', 'Head of Customer Experience', 'Director of Housing']),
      target,
      'evidence',
      'commentary',
    ],
    abridged: true,
  };
  const blocks: Block[] = [
    { kind: 'image', alt: 'Ashdown Homes logo' },
    { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
    { kind: 'paragraph', text: 'Completed by: R. Okafor, Complaints Manager. Date: 01/04/2025' },
  ];
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `Section ${section} – ${sectionTitle('2024', section)}`, level: 2 });
    const header = headerRow([
      'No.',
      'Requirement',
      'RAG',
      'Compliant?',
      'Owner',
      'Target date',
      'Evidence of compliance',
      'Comments',
    ]);
    blocks.push({
      kind: 'table',
      table: { widths: [5, 24, 5, 9, 10, 8, 22, 17], rows: [header, ...list.map((a) => answerRow(a, spec))] },
    });
  }
  return {
    doc: {
      name: 'layouts/extra-columns',
      format: 'html',
      title: 'Complaint Handling Code self-assessment',
      landscape: true,
      blocks,
      truth: {
        landlord: 'Ashdown Homes',
        codeVersion: '2024',
        assessmentYear: 2025,
        assessmentDate: '01/04/2025',
        rows: answers.map((a) => truthOf(a)),
      },
    },
    plainHtml: true,
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
    blocks.push({
      kind: 'table',
      table: { widths: [7, 31, 9, 27, 26], rows: [header, ...list.map((a) => answerRow(a, FIVE))] },
    });
  }
  return {
    doc: {
      name: 'layouts/missing-section',
      format: 'html',
      title: 'Elmstead Homes – Complaint Handling Code self-assessment',
      landscape: true,
      blocks,
      truth: {
        landlord: 'Elmstead Homes',
        codeVersion: '2024',
        assessmentYear: 2024,
        assessmentDate: '20 June 2024',
        rows: answers.map((a) => truthOf(a)),
      },
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
      truth: {
        landlord: 'Greyfriars Community Housing',
        codeVersion: '2024',
        assessmentYear: 2024,
        assessmentDate: '31 March 2024',
        rows: answers.map((a) => truthOf(a)),
      },
    },
  };
}
