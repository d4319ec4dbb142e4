import { describe, expect, it } from 'vitest';
import { extractHtml } from '../adapters/html';
import { extractText } from '../adapters/text';
import type { ExtractedDocument, RowBlock } from '../model/extracted-document';
import type { ParsedRow } from '../model/parsed-submission';
import { catalogKnowledge } from './catalog-knowledge';
import { normaliseDocument } from './normalise-document';

const HEADER = 'Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary / explanation';
const lines = (...rows: string[]): string => rows.join('\n');

function normaliseText(text: string) {
  return normaliseDocument(extractText(text), catalogKnowledge, { maxRows: 1000 });
}

function byProvision(rows: ParsedRow[]): Record<string, ParsedRow> {
  return Object.fromEntries(rows.map((r) => [r.provision, r]));
}

const codes = (row: ParsedRow | undefined): string[] => row?.warnings.map((w) => w.code) ?? [];

describe('normaliseDocument', () => {
  it('merges continuation lines cell by cell across page breaks, repeated titles and headers', () => {
    const { rows } = normaliseText(
      lines(
        HEADER,
        '1.2\tA complaint must be defined as an expression of dissatisfaction\tYes\tSection 2 of our policy\tAdopted in full.',
        '1.3\tA resident does not have to use the word\tYes\tOur residents do not need\t',
        '',
        'Section 1: Definition of a complaint\t\t\t\t',
        HEADER,
        "\t'complaint' for it to be treated as such.\t\tto use the word 'complaint'.\tChecked monthly.",
      ),
    );
    expect(rows.map((r) => r.provision)).toEqual(['1.2', '1.3']);
    expect(rows[1]?.requirement).toBe("A resident does not have to use the word 'complaint' for it to be treated as such.");
    expect(rows[1]?.evidence).toBe("Our residents do not need to use the word 'complaint'.");
    expect(rows[1]?.commentary).toBe('Checked monthly.');
    expect(rows[1]?.source).toMatchObject({ firstLine: 3, lastLine: 7 });
  });

  it('attaches a number printed below its row text and ignores its garbled copy', () => {
    const { rows } = normaliseText(
      lines(
        HEADER,
        '2.1\tLandlords must accept a complaint unless there is a valid reason not to do so.\tYes\tWe accept complaints.\t',
        '\tA complaints policy must set out the circumstances. Acceptable exclusions include:\tYes\tSection 2 of our policy.\t',
        '2.2\t The issue occurred over twelve months ago.\t\t\t',
        '£.£\t Legal proceedings have started.\t\t\t',
        '2.3\tLandlords must accept complaints referred to them within 12 months.\tYes\tSection 2.3 of our policy.\t',
      ),
    );
    expect(rows.map((r) => r.provision)).toEqual(['2.1', '2.2', '2.3']);
    const row = byProvision(rows)['2.2'];
    expect(row?.status).toBe('yes');
    expect(row?.evidence).toBe('Section 2 of our policy.');
    expect(row?.requirement).toContain('Legal proceedings have started.');
    expect(codes(row)).toEqual(expect.arrayContaining(['provision_below_text', 'provision_garbled']));
  });

  it('recovers a missing or garbled number from the sequence, flagged and less confident', () => {
    const { rows } = normaliseText(
      lines(
        HEADER,
        '5.11\tLandlords must not refuse to escalate a complaint through all stages.\tYes\tOur practice.\t',
        '0.12\tA full record must be kept of the complaint, and the outcomes at each stage.\tYes\tRecords are kept.\t',
        '\tLandlords must have processes in place to ensure a complaint can be remedied at any stage.\tNo\tRemedies policy.\t',
        '5.14\tLandlords must have policies and procedures in place for managing unacceptable behaviour.\tYes\tPolicy.\t',
      ),
    );
    expect(rows.map((r) => r.provision)).toEqual(['5.11', '5.12', '5.13', '5.14']);
    const rows12 = byProvision(rows);
    for (const n of ['5.12', '5.13']) {
      expect(codes(rows12[n])).toContain('provision_recovered');
      expect(rows12[n]?.confidence).toBeLessThan(0.9);
    }
    expect(rows12['5.12']?.warnings[0]?.message).toContain('"0.12"');
    expect(rows12['5.13']?.status).toBe('no');
  });

  it('splits text laid out one visual line at a time between rows by sentence', () => {
    const { rows } = normaliseText(
      lines(
        HEADER,
        '5.11\tLandlords must not refuse to escalate a complaint.\tYes\tIt is our usual practice.\t',
        '\t\tYes\tInformation about the complaint\t',
        '\tA full record must be kept of the\t\tinvestigation is held by the service areas.\t',
        '5.12\tcomplaint, and the outcomes at each stage.\t\tAll complaints are recorded.\t',
        '\t\t\tOur complaints procedure\t',
        '\tLandlords must have processes in place\t\tencourages action plans\t',
        '5.13\tto ensure a complaint can be remedied.\t\tand remedies are offered.\t',
      ),
    );
    const found = byProvision(rows);
    expect(rows.map((r) => r.provision)).toEqual(['5.11', '5.12', '5.13']);
    expect(found['5.12']?.evidence).toBe('Information about the complaint investigation is held by the service areas. All complaints are recorded.');
    expect(found['5.13']?.evidence).toBe('Our complaints procedure encourages action plans and remedies are offered.');
    expect(found['5.13']?.requirement).toBe('Landlords must have processes in place to ensure a complaint can be remedied.');
    expect(found['5.13']?.status).toBe('missing');
  });

  it('reads "provision 8.1", header words bleeding into cells and unreadable answers', () => {
    const { rows } = normaliseText(
      lines(
        HEADER,
        'provision 8.1\tLandlords must produce an annual complaints performance report.\tYes / No Yes\tAnnual report.\tCommentary / explanation',
        '8.2\tThe annual report must be reported to the governing body.\tIn progress\tBoard minutes.\t-',
      ),
    );
    expect(rows[0]).toMatchObject({ provision: '8.1', status: 'yes', commentary: null });
    expect(rows[1]).toMatchObject({ provision: '8.2', status: 'unknown', commentary: null });
    expect(codes(rows[1])).toContain('status_undecided');
    expect(rows[1]?.confidence).toBeLessThan(0.5);
  });

  it('keeps the combined column of the 2022 form as evidence and maps answers to 2024 provisions', () => {
    const result = normaliseText(
      lines(
        "Mandatory 'must' requirements",
        'Code section\tCode requirement\tComply: Yes/No\tEvidence, commentary and any explanations',
        '1.7\tA landlord must accept a complaint unless there is a valid reason not to do so.\tPartial\tSection 2 of our policy.',
        '5.17\tTwo stage landlord complaint procedures are ideal. If landlords strongly believe a third stage is necessary, they must set out their reasons.\tN/A\tWe have two stages.',
      ),
    );
    expect(result.codeVersion).toBe('2022');
    expect(result.rows[0]).toMatchObject({ status: 'partial', evidence: 'Section 2 of our policy.', commentary: null });
    expect(result.rows[0]?.canonicalProvisions.map((c) => c.provision)).toEqual(['2.1']);
    expect(result.rows[1]?.status).toBe('na');
  });

  it('reads evidence from a blank column placed before "Evidence, commentary"', () => {
    const { rows } = normaliseText(
      lines(
        'Code provision\tCode requirement\tComply: Yes / No\t\tEvidence, commentary & explanation',
        '5.1\tLandlords must have a single policy in place for dealing with complaints.\tYes\tComplaints Policy\tWe have a single policy.',
      ),
    );
    expect(rows[0]).toMatchObject({ evidence: 'Complaints Policy', commentary: 'We have a single policy.' });
  });

  it('recognises columns from content when there is no header row', () => {
    const doc = extractHtml(`<table>
      <tr><td>1.2</td><td>A complaint must be defined as an expression of dissatisfaction.</td><td>Compliant</td><td>Policy 2.1</td><td>-</td></tr>
      <tr><td>1.3</td><td>A resident does not have to use the word complaint.</td><td>Not compliant</td><td>Policy 2.2</td><td>Action plan.</td></tr>
    </table>`);
    const result = normaliseDocument(doc, catalogKnowledge, { maxRows: 1000 });
    expect(result.rows.map((r) => [r.provision, r.status, r.evidence, r.commentary])).toEqual([
      ['1.2', 'yes', 'Policy 2.1', null],
      ['1.3', 'no', 'Policy 2.2', 'Action plan.'],
    ]);
    expect(result.warnings.map((w) => w.code)).toContain('header_not_found');
  });

  it('inherits an answer cell merged over two rows and merges a number cell merged over its continuation', () => {
    const doc = extractHtml(`<table>
      <tr><th>Code provision</th><th>Code requirement</th><th>Comply</th><th>Evidence</th><th>Commentary</th></tr>
      <tr><td rowspan="2">4.1</td><td>Landlords must have a person or team assigned.</td><td>Yes</td><td>Complaints team.</td><td></td></tr>
      <tr><td></td><td></td><td><ul><li>Job description</li></ul></td><td></td></tr>
      <tr><td>6.11</td><td>Requests for stage 2 must be acknowledged.</td><td rowspan="2">Yes</td><td>Template.</td><td></td></tr>
      <tr><td>6.12</td><td>Residents must not be required to explain their reasons.</td><td>Guidance.</td><td></td></tr>
    </table>`);
    const { rows } = normaliseDocument(doc, catalogKnowledge, { maxRows: 1000 });
    expect(rows.map((r) => [r.provision, r.status, r.evidence])).toEqual([
      ['4.1', 'yes', 'Complaints team.\n• Job description'],
      ['6.11', 'yes', 'Template.'],
      ['6.12', 'yes', 'Guidance.'],
    ]);
    expect(rows[0]?.source).toEqual({ table: 0, row: 1, lastRow: 2 });
  });

  it('reports the provisions a form leaves out', () => {
    const result = normaliseText(lines(HEADER, '9.8\tLandlords must have a standard objective in relation to complaint handling.\tYes\tObjectives.\t'));
    expect(result.codeVersion).toBe('2024');
    expect(result.warnings.find((w) => w.code === 'provisions_missing')?.message).toContain('71 provisions');
  });
});

describe('normaliseDocument with other layouts', () => {
  it('reads separate Yes / No / N/A tick columns', () => {
    const doc = extractHtml(`<table>
      <tr><th>Ref</th><th>Requirement</th><th>Yes</th><th>No</th><th>N/A</th><th>Evidence</th></tr>
      <tr><td>1.2</td><td>A complaint must be defined as an expression of dissatisfaction.</td><td>X</td><td></td><td></td><td>Policy.</td></tr>
      <tr><td>1.3</td><td>A resident does not have to use the word complaint.</td><td>☐</td><td>✓</td><td></td><td>Action plan.</td></tr>
      <tr><td>5.4</td><td>Where a third party handles complaints it must form part of the two stage process.</td><td></td><td></td><td>x</td><td>None.</td></tr>
      <tr><td>5.5</td><td>Landlords are responsible for ensuring third parties handle complaints in line with the Code.</td><td></td><td></td><td></td><td>None.</td></tr>
    </table>`);
    const { rows } = normaliseDocument(doc, catalogKnowledge, { maxRows: 1000 });
    expect(rows.map((r) => [r.provision, r.status, r.statusRaw])).toEqual([
      ['1.2', 'yes', 'Yes'],
      ['1.3', 'no', 'No'],
      ['5.4', 'na', 'N/A'],
      ['5.5', 'missing', null],
    ]);
  });

  it('reads numbers that open the requirement cell', () => {
    const { rows } = normaliseText(
      lines(
        'Provision and requirement\tComply\tEvidence\tCommentary',
        '1.2 A complaint must be defined as an expression of dissatisfaction.\tYes\tPolicy.\t',
        '1.3 A resident does not have to use the word complaint.\tNo\tPlan.\t',
      ),
    );
    expect(rows.map((r) => [r.provision, r.status, r.requirement])).toEqual([
      ['1.2', 'yes', 'A complaint must be defined as an expression of dissatisfaction.'],
      ['1.3', 'no', 'A resident does not have to use the word complaint.'],
    ]);
  });

  describe('a cell that opens in lower case after a page break', () => {
    const region = { page: 2, x0: 0, y0: 0, x1: 10, y1: 10, pageWidth: 595, pageHeight: 842 };
    const document = (placed: boolean): ExtractedDocument => {
      const row = (texts: string[], rowIndex: number, afterBreak = false): RowBlock => ({
        kind: 'row',
        tableIndex: 0,
        rowIndex,
        afterBreak,
        cells: texts.map((text) => (placed ? { text, regions: [region] } : { text })),
      });
      return {
        format: placed ? 'pdf' : 'text',
        metadata: {},
        warnings: [],
        blocks: [
          row(['Provision', 'Requirement', 'Compliant', 'Evidence'], 0),
          row(['7.1', 'Where something has gone wrong a landlord must acknowledge this.', 'Yes', 'Evidence: quarterly report to the Board'], 1),
          row(['', '', '', '• Resident Scrutiny Panel minutes'], 2, true),
          row(['7.2', 'Any remedy offered must reflect the impact on the resident.', 'Yes', 'see section 7.4 of the Complaints Policy.'], 3),
        ],
      };
    };
    const evidence = (placed: boolean) => normaliseDocument(document(placed), catalogKnowledge, { maxRows: 1000 }).rows.map((r) => r.evidence);

    it('stays in the row whose number it stands beside on the page', () => {
      expect(evidence(true)[1]).toBe('see section 7.4 of the Complaints Policy.');
    });

    it('rejoins the sentence left open above in a text extraction, which has lost where rows start', () => {
      expect(evidence(false)[0]).toContain('see section 7.4');
    });
  });

  describe('rows that cannot be told apart from their neighbour are kept apart and warned, never merged', () => {
    const table = (...rows: string[][]): string =>
      `<table><tr><th>Provision</th><th>Requirement</th><th>Compliant?</th><th>Evidence</th></tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
        .join('')}</table>`;
    const normaliseHtml = (html: string) => normaliseDocument(extractHtml(html), catalogKnowledge, { maxRows: 1000 });

    it('a table row with neither number nor answer, whose requirement starts afresh', () => {
      const { rows } = normaliseHtml(
        table(
          ['5.1', 'Landlords must have a single policy for handling complaints at two stages.', 'Yes', 'Our policy.'],
          ['', 'Landlords must not have any extra stages in the complaints process under any circumstances.', '', 'No extra stages.'],
          ['5.3', 'A complaint must be logged at stage 1 and acknowledged within five working days.', 'Yes', 'Logged on receipt.'],
        ),
      );
      expect(rows).toHaveLength(3);
      expect(rows[0]?.requirement).not.toContain('extra stages');
      expect(rows[0]?.evidence).toBe('Our policy.');
      expect(rows[1]?.evidence).toBe('No extra stages.');
      expect(codes(rows[0])).toContain('text_may_belong_to_neighbour');
      expect(codes(rows[1])).toContain('text_may_belong_to_neighbour');
    });

    it('a requirement opening with the next provision number, its answer left blank', () => {
      const { rows } = normaliseHtml(
        table(
          ['5.1', 'Landlords must have a single policy for handling complaints at two stages.', 'Yes', 'Our policy.'],
          ['', '5.2 Landlords must not have any extra stages in the complaints process.', '', 'No extra stages.'],
        ),
      );
      expect(rows.map((r) => r.provision)).toEqual(['5.1', '5.2']);
      expect(rows[1]?.status).toBe('missing');
      expect(rows[0]?.evidence).toBe('Our policy.');
    });

    it('a row continuing its requirement mid-sentence stays with the row above', () => {
      const { rows } = normaliseHtml(
        table(
          ['5.1', 'Landlords must have a single policy for handling complaints as set out in', 'Yes', 'Our policy.'],
          ['', '5.1 of the Code, with two stages.', '', ''],
        ),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.requirement).toContain('of the Code');
    });
  });
});

