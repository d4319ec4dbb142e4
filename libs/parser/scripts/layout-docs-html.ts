import type { Block, Row } from './fixture-model';
import { layoutAnswers, PLAIN_WORDS } from './layout-answers';
import { layoutDoc, type LayoutFixture } from './layout-fixture';
import { cycle, FIVE_COLUMNS, headerRow, paragraphs, tableBlock, titleInCell, type TableSpec } from './layout-rows';
import { sectionRows, sectionTables, sectionTitle } from './sections';

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
    ...paragraphs('Completed by: R. Okafor, Complaints Manager. Date: 01/04/2025'),
  ];
  blocks.push(
    ...sectionTables(
      answers,
      spec,
      (s) => `Section ${s} – ${sectionTitle('2024', s)}`,
      [
        'No.',
        'Requirement',
        'RAG',
        'Compliant?',
        'Owner',
        'Target date',
        'Evidence of compliance',
        'Comments',
      ],
      [5, 24, 5, 9, 10, 8, 22, 17],
    ),
  );
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/extra-columns',
      format: 'html',
      title: 'Complaint Handling Code self-assessment',
      landscape: true,
      blocks,
      landlord: 'Ashdown Homes',
      codeVersion: '2024',
      assessmentYear: 2025,
      assessmentDate: '01/04/2025',
    }),
    plainHtml: true,
  };
}

/** HTML with section 7 missing entirely: the rest must parse, and the missing provisions be reported. */
export function missingSection(): LayoutFixture {
  const answers = layoutAnswers('2024', 109, {
    words: PLAIN_WORDS,
    otherShare: 0.15,
    year: 2024,
    omit: (p) => p.section === 7,
  });
  const blocks: Block[] = [
    { kind: 'heading', text: 'Elmstead Homes', level: 1 },
    ...paragraphs('Complaint Handling Code self-assessment', 'Approved by Board: 20 June 2024'),
  ];
  blocks.push(
    ...sectionTables(
      answers,
      FIVE_COLUMNS,
      (s) => `Section ${s}: ${sectionTitle('2024', s)}`,
      ['Provision', 'Code requirement', 'Status', 'Evidence', 'Notes'],
      [7, 31, 9, 27, 26],
    ),
  );
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/missing-section',
      format: 'html',
      title: 'Elmstead Homes – Complaint Handling Code self-assessment',
      landscape: true,
      blocks,
      landlord: 'Elmstead Homes',
      codeVersion: '2024',
      assessmentYear: 2024,
      assessmentDate: '20 June 2024',
    }),
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
  rows.push(
    ...sectionRows(
      answers,
      FIVE_COLUMNS,
      (s) => titleInCell(`Section ${s}: ${sectionTitle('2024', s)}`, 5, 0),
      (stage) => titleInCell(stage, 5, 1),
    ),
  );

  return {
    doc: layoutDoc(answers, {
      name: 'layouts/tick-marks',
      format: 'html',
      title: 'Complaint Handling Code self-assessment',
      landscape: true,
      blocks: [
        { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
        ...paragraphs('As at 31 March 2024'),
        tableBlock(rows, [7, 31, 7, 29, 26]),
        ...paragraphs('© 2024 Greyfriars Community Housing. All rights reserved.'),
      ],
      landlord: 'Greyfriars Community Housing',
      codeVersion: '2024',
      assessmentYear: 2024,
      assessmentDate: '31 March 2024',
    }),
  };
}
