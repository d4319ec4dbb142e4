import { para, type Block, type Row } from './fixture-model';
import { layoutAnswers, type LayoutAnswer } from './layout-answers';
import { answerRow, bySection, cycle, headerRow, sectionTitle, titleRow, truthOf, type LayoutFixture, type TableSpec } from './layout-table';

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
  for (const a of answers.filter((_, i) => i % 9 === 4)) a.evidence.push(para('Complaints Policy | Complaints Procedure (both on the intranet)'));
  const spec: TableSpec = { columns: ['number', 'requirement', 'evidence', 'status', 'commentary'], number: (n) => `${n}.` };
  const blocks: Block[] = [
    { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
    { kind: 'paragraph', text: 'Brackenford Borough Council – Housing Services', strong: true },
    { kind: 'paragraph', text: 'Financial year 2024-25' },
  ];
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `Section ${section}: ${sectionTitle('2024', section)}`, level: 2 });
    blocks.push({ kind: 'table', table: { widths: [], rows: [headerRow(['Section', 'Code requirement', 'Evidence', 'Met?', 'Notes']), ...list.map((a) => answerRow(a, spec))] } });
  }
  return {
    doc: {
      name: 'layouts/status-after-evidence',
      format: 'md',
      title: '',
      landscape: false,
      blocks,
      truth: { landlord: 'Brackenford Borough Council', codeVersion: '2024', assessmentYear: 2025, assessmentDate: null, rows: answers.map((a) => truthOf(a)) },
    },
  };
}

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
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'], abridged: true };
  const rows: Row[] = [];
  for (const [section, list] of bySection(answers)) {
    rows.push(titleRow(`Section ${section}: ${sectionTitle('2024', section)}`, 5));
    rows.push(...list.map((a) => answerRow(a, spec)));
  }
  return {
    doc: {
      name: 'layouts/space-aligned',
      format: 'txt',
      title: '',
      landscape: true,
      blocks: [
        { kind: 'heading', text: 'Complaint Handling Code self-assessment', level: 1 },
        { kind: 'paragraph', text: 'Reviewed by the Board on 14 May 2025' },
        { kind: 'table', table: { widths: [], rows } },
      ],
      truth: { landlord: 'Larchfield Homes Ltd', codeVersion: '2024', assessmentYear: 2025, assessmentDate: '14 May 2025', rows: answers.map((a) => truthOf(a)) },
    },
    spaced: {
      widths: [9, 40, 10, 38, 30],
      gutters: [3, 2, 3, 3],
      margin: 4,
      pageLines: 58,
      header: [SPACED_HEADER],
      bottom: (page, pages) => `© 2025 Larchfield Homes Ltd                                                    Page ${page} of ${pages}`,
    },
  };
}

/** `pdftotext -layout` of a 2022 form: a header wrapped over two centred lines, must and should tables per section. */
export function spaceAligned2022(): LayoutFixture {
  const answers = layoutAnswers('2022', 139, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partial'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2023,
  });
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'combined'], abridged: true };
  const blocks: Block[] = [
    { kind: 'heading', text: 'Orchard Bank Housing Association', level: 1 },
    { kind: 'paragraph', text: 'Complaint Handling Code – self-assessment' },
    { kind: 'paragraph', text: 'Date: 12 June 2023' },
  ];
  const ordered: LayoutAnswer[] = [];
  for (const [section, list] of bySection(answers)) {
    blocks.push({ kind: 'heading', text: `Section ${section} - ${sectionTitle('2022', section)}`, level: 2 });
    for (const obligation of ['must', 'should'] as const) {
      const group = list.filter((a) => a.provision.obligation === obligation);
      if (!group.length) continue;
      ordered.push(...group);
      blocks.push({ kind: 'paragraph', text: obligation === 'must' ? "Mandatory 'must' requirements" : "Best practice 'should' requirements" });
      blocks.push({ kind: 'table', table: { widths: [], rows: group.map((a) => answerRow(a, spec)) } });
    }
  }
  return {
    doc: {
      name: 'layouts/space-aligned-2022',
      format: 'txt',
      title: '',
      landscape: false,
      blocks,
      truth: { landlord: 'Orchard Bank Housing Association', codeVersion: '2022', assessmentYear: 2023, assessmentDate: '12 June 2023', rows: ordered.map((a) => truthOf(a, true)) },
    },
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
 * Plain text with " | " between cells and no outer border, continuation lines for lists and breaks,
 * "In progress" and "TBC" answers (read as unknown), and only an acronym email domain.
 */
export function pipeText(): LayoutFixture {
  const answers = layoutAnswers('2024', 149, {
    words: { yes: ['Yes', 'Yes (see commentary)'], no: ['No'], partial: ['Partially compliant'], unknown: ['In progress', 'TBC'] },
    otherShare: 0.25,
    year: 2024,
    rich: true,
  });
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'] };
  const header = headerRow(['No.', 'Code requirement', 'Self-assessment', 'Evidence', 'Action required']);
  return {
    doc: {
      name: 'layouts/pipe-text',
      format: 'txt',
      title: '',
      landscape: false,
      blocks: [
        { kind: 'paragraph', text: 'Complaint Handling Code self-assessment' },
        { kind: 'paragraph', text: 'Date of assessment: 3 March 2025' },
        { kind: 'paragraph', text: 'Questions about this assessment: complaints@lbhf.gov.uk' },
        { kind: 'table', table: { widths: [], rows: [header, ...answers.map((a) => answerRow(a, spec))] } },
      ],
      truth: { landlord: null, codeVersion: '2024', assessmentYear: 2025, assessmentDate: '3 March 2025', rows: answers.map((a) => truthOf(a)) },
    },
    separator: ' | ',
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
  const spec: TableSpec = { columns: ['number', 'requirement', 'status', 'evidence', 'commentary'], number: numberStyle };
  const rows: Row[] = [headerRow(['Code provision', 'Code requirement', 'Comply: Yes / No', 'Evidence', 'Commentary / explanation'])];
  for (const [section, list] of bySection(answers)) {
    rows.push(titleRow(`Section ${section}: ${sectionTitle('2024', section)}`, 5));
    for (const a of list) {
      if (a.provision.number === '6.1') rows.push(titleRow('Stage 1', 5));
      if (a.provision.number === '6.10') rows.push(titleRow('Stage 2', 5));
      if (a.provision.number !== '5.8') {
        rows.push(answerRow(a, spec));
        continue;
      }
      const second = { ...a, statusText: a.statusText, evidence: [para('Complaint handler guidance, part (b): conflicts of interest are declared on the case record.')], commentary: [] };
      rows.push(answerRow(a, { ...spec, number: () => '5.8 (a)' }), answerRow(second, { ...spec, number: () => '5.8 (b)' }));
      a.evidence = [...a.evidence, ...second.evidence];
    }
  }
  return {
    doc: {
      name: 'layouts/number-variants',
      format: 'md',
      title: '',
      landscape: false,
      blocks: [
        { kind: 'paragraph', text: 'Landlord: Weaver Valley Homes' },
        { kind: 'paragraph', text: 'Date: 28 February 2025' },
        { kind: 'table', table: { widths: [], rows } },
      ],
      truth: {
        landlord: 'Weaver Valley Homes',
        codeVersion: '2024',
        assessmentYear: 2025,
        assessmentDate: '28 February 2025',
        rows: answers.map((a) => truthOf(a, false, a.provision.number === '5.8' ? `${a.provision.requirement}\n${a.provision.requirement}` : undefined)),
      },
    },
  };
}

function numberStyle(n: string): string {
  const [section, item] = n.split('.');
  if (section === '1') return `Provision ${n}`;
  if (section === '6' && Number(item) >= 10) return `${section} .${item}`;
  if (section === '3') return `${n}.`;
  return n;
}

/** Tab-separated text with the answer in the last column after an extra "Owner" column; the landlord in the title. */
export function statusLast(): LayoutFixture {
  const answers = layoutAnswers('2024', 157, {
    words: { yes: ['Yes'], no: ['No'], partial: ['Partial'], na: ['N/A'] },
    otherShare: 0.2,
    year: 2024,
  });
  const spec: TableSpec = { columns: ['number', 'requirement', 'evidence', 'commentary', cycle(['Complaints Lead', 'Head of Housing', '']), 'status'] };
  const header = headerRow(['Provision', 'Requirement', 'Evidence', 'Commentary', 'Owner', 'Compliant?']);
  return {
    doc: {
      name: 'layouts/status-last',
      format: 'txt',
      title: '',
      landscape: false,
      blocks: [
        { kind: 'paragraph', text: 'Moorgate Living – Complaint Handling Code self-assessment' },
        { kind: 'paragraph', text: 'Completed: 9 September 2024' },
        { kind: 'table', table: { widths: [], rows: [header, ...answers.map((a) => answerRow(a, spec))] } },
      ],
      truth: { landlord: 'Moorgate Living', codeVersion: '2024', assessmentYear: 2024, assessmentDate: '9 September 2024', rows: answers.map((a) => truthOf(a)) },
    },
    separator: '\t',
  };
}
