import type { Block, Row } from './fixture-model';
import type { Answer } from './fixture-answers';
import { layoutAnswers, PLAIN_WORDS } from './layout-answers';
import { layoutDoc, truthOf, type LayoutFixture } from './layout-fixture';
import { answerRow, cycle, FIVE_COLUMNS, paragraphs, tableBlock, titleRow, type TableSpec } from './layout-rows';
import { mustShouldTables, sectionRows, sectionTitle } from './sections';

/** One table of the five usual columns, requirements abridged, a title row per section. */
const fiveColumnSections = (answers: readonly Answer[]): Row[] =>
  sectionRows(answers, { ...FIVE_COLUMNS, abridged: true }, (section) =>
    titleRow(`Section ${section}: ${sectionTitle('2024', section)}`, 5),
  );

const SPACED_HEADER = ['Provision', 'Code requirement', 'Compliant?', 'Evidence', 'Comments'];

/**
 * `pdftotext -layout` output: columns aligned by spaces only, wrapped cells, section titles across the page,
 * page furniture with the landlord only in the copyright footer, and the header repeated on every page.
 */
export function spaceAligned(): LayoutFixture {
  const answers = layoutAnswers('2024', 137, {
    words: { yes: ['Y', 'Yes'], no: ['N'], partial: ['Partial'], na: ['N/A'] },
    otherShare: 0.2,
    blank: ['5.10'],
    year: 2024,
    rich: true,
  });
  const rows = fiveColumnSections(answers);
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/space-aligned',
      format: 'txt',
      landscape: true,
      blocks: [
        { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
        ...paragraphs('Reviewed by the Board on 14 May 2025'),
        tableBlock(rows),
      ],
      landlord: 'Larchfield Homes Ltd',
      codeVersion: '2024',
      assessmentYear: 2025,
      assessmentDate: '14 May 2025',
    }),
    spaced: {
      widths: [9, 40, 10, 38, 30],
      gutters: [3, 2, 3, 3],
      margin: 4,
      pageLines: 58,
      header: [SPACED_HEADER],
      bottom: (page, pages) =>
        `© 2025 Larchfield Homes Ltd                                                    Page ${page} of ${pages}`,
    },
  };
}

/** `pdftotext -layout` of a 2022 form: a header wrapped over two centred lines, must and should tables per section. */
export function spaceAligned2022(): LayoutFixture {
  const answers = layoutAnswers('2022', 139, {
    words: PLAIN_WORDS,
    otherShare: 0.2,
    year: 2023,
  });
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'combined'], abridged: true };
  const blocks: Block[] = [
    { kind: 'heading', text: 'Orchard Bank Housing Association', level: 1 },
    ...paragraphs('Complaint Handling Code – self-assessment', 'Date: 12 June 2023'),
  ];
  const tables = mustShouldTables(answers, (group) => tableBlock(group.map((a) => answerRow(a, spec))));
  blocks.push(...tables.blocks);
  return {
    doc: layoutDoc(
      answers,
      {
        name: 'layouts/space-aligned-2022',
        format: 'txt',
        blocks,
        landlord: 'Orchard Bank Housing Association',
        codeVersion: '2022',
        assessmentYear: 2023,
        assessmentDate: '12 June 2023',
      },
      tables.printed.map((a) => truthOf(a, true)),
    ),
    spaced: {
      widths: [8, 46, 8, 52],
      gutters: [2, 3, 3],
      margin: 2,
      pageLines: 64,
      centreHeader: true,
      header: [
        ['Code', 'Code requirement', 'Comply:', 'Evidence, commentary and any'],
        ['section', '', 'Yes/No', 'explanations'],
      ],
      bottom: (page) => `${page}`,
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
    columns: [
      'number',
      'requirement',
      'evidence',
      'status',
      cycle(['Complaints Lead', 'Head of Housing', 'Quality Manager']),
      'commentary',
    ],
    number: (n) => `${n}.`,
    abridged: true,
  };
  const rows = sectionRows(answers, spec, (section) =>
    titleRow(`${section}. ${sectionTitle('2024', section)}`, 6),
  );
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/space-aligned-extra',
      format: 'txt',
      landscape: true,
      blocks: [
        { kind: 'heading', text: 'Annual complaints self-assessment', level: 1 },
        ...paragraphs('Financial year 2024-25'),
        {
          kind: 'paragraph',
          text: 'At Fellside we want to hear when things go wrong. Contact complaints@fellsidehomes.org.uk.',
        },
        tableBlock(rows),
      ],
      landlord: 'Fellside Homes',
      codeVersion: '2024',
      assessmentYear: 2025,
      assessmentDate: null,
    }),
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
    words: PLAIN_WORDS,
    otherShare: 0.2,
    year: 2024,
  });
  const rows = fiveColumnSections(answers);
  return {
    doc: layoutDoc(answers, {
      name: 'layouts/space-aligned-drift',
      format: 'txt',
      landscape: true,
      blocks: [
        ...paragraphs(
          'Wrenfield Homes - Complaint Handling Code self-assessment',
          'Our self-assessment: 2 July 2024',
        ),
        tableBlock(rows),
      ],
      landlord: 'Wrenfield Homes',
      codeVersion: '2024',
      assessmentYear: 2024,
      assessmentDate: '2 July 2024',
    }),
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
