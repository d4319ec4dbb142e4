import { layoutAnswers, PLAIN_WORDS } from './layout-answers';
import { layoutDoc, type LayoutFixture } from './layout-fixture';
import { answerRow, cycle, headerRow, paragraphs, type TableSpec } from './layout-rows';

/**
 * Plain text with " | " between cells and no outer border, continuation lines for lists and breaks,
 * "In progress" and "TBC" answers (read as unknown), and only an acronym email domain.
 */
export function pipeText(): LayoutFixture {
  const answers = layoutAnswers('2024', 149, {
    words: {
      yes: ['Yes', 'Yes (see commentary)'],
      no: ['No'],
      partial: ['Partially compliant'],
      unknown: ['In progress', 'TBC'],
    },
    otherShare: 0.25,
    year: 2024,
    rich: true,
  });
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'] };
  const header = headerRow(['No.', 'Code requirement', 'Self-assessment', 'Evidence', 'Action required']);
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/pipe-text',
      format: 'txt',
      blocks: [
        ...paragraphs(
          'Complaint Handling Code self-assessment',
          'Date of assessment: 3 March 2025',
          'Questions about this assessment: complaints@lbhf.gov.uk',
        ),
        { kind: 'table', table: { widths: [], rows: [header, ...answers.map((a) => answerRow(a, spec))] } },
      ],
      landlord: null,
      codeVersion: '2024',
      assessmentYear: 2025,
      assessmentDate: '3 March 2025',
    }),
    separator: ' | ',
  };
}

/** Tab-separated text with the answer in the last column after an extra "Owner" column; the landlord in the title. */
export function statusLast(): LayoutFixture {
  const answers = layoutAnswers('2024', 157, {
    words: PLAIN_WORDS,
    otherShare: 0.2,
    year: 2024,
  });
  const spec: TableSpec = {
    columns: [
      'number',
      'requirement',
      'evidence',
      'commentary',
      cycle(['Complaints Lead', 'Head of Housing', '']),
      'status',
    ],
  };
  const header = headerRow(['Provision', 'Requirement', 'Evidence', 'Commentary', 'Owner', 'Compliant?']);
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/status-last',
      format: 'txt',
      blocks: [
        ...paragraphs(
          'Moorgate Living – Complaint Handling Code self-assessment',
          'Completed: 9 September 2024',
        ),
        { kind: 'table', table: { widths: [], rows: [header, ...answers.map((a) => answerRow(a, spec))] } },
      ],
      landlord: 'Moorgate Living',
      codeVersion: '2024',
      assessmentYear: 2024,
      assessmentDate: '9 September 2024',
    }),
    separator: '\t',
  };
}
