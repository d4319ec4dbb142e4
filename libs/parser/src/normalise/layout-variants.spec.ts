import { describe, expect, it } from 'vitest';
import { extractHtml } from '../adapters/html';
import { extractText } from '../adapters/text';
import type { ParsedRow } from '../model/parsed-submission';
import { catalogKnowledge } from './catalog-knowledge';
import { normaliseDocument } from './normalise-document';
import { NoiseFilter } from './noise';

const lines = (...rows: string[]): string => rows.join('\n');
const normaliseText = (text: string) =>
  normaliseDocument(extractText(text), catalogKnowledge, { maxRows: 1000 });
const normaliseHtml = (html: string) =>
  normaliseDocument(extractHtml(html), catalogKnowledge, { maxRows: 1000 });
const table = (...rows: string[][]): string =>
  `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const pairs = (rows: ParsedRow[]): string[][] => rows.map((r) => [r.provision, r.status]);
const codes = (row: ParsedRow | undefined): string[] => row?.warnings.map((w) => w.code) ?? [];

const HEADER = ['Ref', 'Requirement', 'Compliant?', 'Evidence', 'Comments'];

describe('normaliseDocument: layouts landlords use', () => {
  it('sets aside a summary table that repeats the answers, keeping the detailed rows and noting a disagreement', () => {
    const detailed = table(
      HEADER,
      ['1.2', 'A complaint must be defined', 'Yes', 'Policy', ''],
      ['1.3', 'A resident does not have to', 'No', 'Audit', 'Action plan'],
    );
    const summary = table(['Provision', 'Status'], ['1.2', 'Yes'], ['1.3', 'Yes'], ['1.4', 'Yes']);
    for (const html of [detailed + summary, summary + detailed]) {
      const result = normaliseHtml(html);
      expect(pairs(result.rows).filter(([p]) => p !== '1.4')).toEqual([
        ['1.2', 'yes'],
        ['1.3', 'no'],
      ]);
      expect(result.rows.find((r) => r.provision === '1.2')?.evidence).toBe('Policy');
      expect(codes(result.rows.find((r) => r.provision === '1.3'))).toContain('status_ambiguous');
      expect(result.warnings.map((w) => w.code)).toContain('summary_rows_ignored');
    }
  });

  it('keeps a summary row for a provision the detailed table leaves out', () => {
    const html =
      table(HEADER, ['1.2', 'A complaint must be defined', 'Yes', 'Policy', '']) +
      table(['Provision', 'Status'], ['1.2', 'Yes'], ['1.3', 'No']);
    expect(pairs(normaliseHtml(html).rows)).toEqual([
      ['1.2', 'yes'],
      ['1.3', 'no'],
    ]);
  });

  it('skips section and stage titles inside the table, in the number cell or a text cell', () => {
    const { rows } = normaliseHtml(
      table(
        HEADER,
        ['Section 6: Complaints stages', '', '', '', ''],
        ['', 'Stage 1', '', '', ''],
        ['6.1', 'Landlords must have processes in place.', 'Yes', 'Policy', ''],
        ['', 'Stage 2', '', '', ''],
        ['6.10', 'If all or part of the complaint is not resolved.', 'Yes', 'Procedure', ''],
      ),
    );
    expect(rows.map((r) => r.requirement)).toEqual([
      'Landlords must have processes in place.',
      'If all or part of the complaint is not resolved.',
    ]);
  });

  it('reads an answer wrapped over two lines as one, and a second answer below as the next row', () => {
    const { rows } = normaliseText(
      lines(
        'Ref\tRequirement\tCompliant?\tEvidence',
        '1.2\tA complaint must be\tPartially\tPolicy',
        '\tdefined as written.\tmet\t',
        '1.3\tA resident does not\tNot\tAudit',
        '\thave to use the word.\tmet\t',
        '1.4\tLandlords must recognise\tYes\tTraining',
        '\tthe difference.\tYes\t',
      ),
    );
    expect(pairs(rows)).toEqual([
      ['1.2', 'partial'],
      ['1.3', 'no'],
      ['1.4', 'yes'],
      ['1.5', 'yes'],
    ]);
    expect(rows[0]?.statusRaw).toBe('Partially met');
  });

  it('reads "Met" under the heading "Met?", and keeps an "Evidence:" label under the heading "Evidence"', () => {
    const { rows } = normaliseText(
      lines(
        'Section\tCode requirement\tEvidence\tMet?\tNotes',
        '1.2.\tA complaint must be defined.\tEvidence:\tMet\t',
        '\t\t• Policy\t\t',
      ),
    );
    expect(rows[0]).toMatchObject({ provision: '1.2', status: 'yes', evidence: 'Evidence:\n• Policy' });
  });

  it('merges a provision answered in parts, "5.8 (a)" and "5.8 (b)"', () => {
    const { rows } = normaliseText(
      lines(
        'Ref\tRequirement\tCompliant?\tEvidence',
        '5.7\tClear on responsibility.\tYes\tPolicy',
        '5.8 (a)\tHandlers must be fair.\tYes\tGuidance',
        '5.8 (b)\tAnd independent.\tYes\tDeclarations',
      ),
    );
    expect(pairs(rows)).toEqual([
      ['5.7', 'yes'],
      ['5.8', 'yes'],
    ]);
    expect(rows[1]?.evidence).toBe('Guidance Declarations');
  });

  it('reads in-progress answers as unknown, never as an answer', () => {
    const { rows } = normaliseText(
      lines(
        'Ref\tRequirement\tSelf-assessment\tEvidence',
        '1.2\tA complaint.\tIn progress\tPolicy',
        '1.3\tA resident.\tTBC\tAudit',
      ),
    );
    expect(pairs(rows)).toEqual([
      ['1.2', 'unknown'],
      ['1.3', 'unknown'],
    ]);
    expect(codes(rows[0])).toContain('status_undecided');
  });
});

describe('NoiseFilter', () => {
  const filler = Array.from(
    { length: 700 },
    (_, i) => `the complaint and policy ${i % 2 ? 'residents' : 'landlords'}`,
  ).join(' ');

  it("drops OCR debris but keeps a wrapped line of real text that uses the document's common words", () => {
    const noise = new NoiseFilter([
      filler,
      'ombudomon convice chould thay',
      'proportionate and demonstrate regard',
    ]);
    expect(noise.isNoise('ombudomon convice chould thay')).toBe(true);
    expect(noise.isNoise('proportionate and demonstrate regard')).toBe(false);
  });
});
