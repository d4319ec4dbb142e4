import { describe, expect, it } from 'vitest';
import type { DocBlock, RowBlock } from '../../model/extracted-document';
import { catalogKnowledge } from '../../normalise/catalog-knowledge';
import { normaliseDocument } from '../../normalise/normalise-document';
import { extractText } from '../text';
import { extractSpacedText } from './text-layout';

const at = (parts: [number, string][]): string =>
  parts.reduce((line, [x, text]) => line.padEnd(x) + text, '');
const header = [
  at([
    [2, 'Code'],
    [12, 'Code requirement'],
    [50, 'Comply:'],
    [62, 'Evidence'],
    [96, 'Commentary /'],
  ]),
  at([
    [2, 'provisi'],
    [50, 'Yes /'],
    [96, 'explanation'],
  ]),
  at([
    [2, 'on'],
    [50, 'No'],
  ]),
];
const page1 = [
  '  Riverbank Homes - Complaint Handling Code self-assessment',
  '',
  ...header,
  '  Section 1: Definition of a complaint',
  at([
    [2, '1.2'],
    [12, 'A complaint must be defined as an'],
    [50, 'Yes'],
    [62, 'Complaints Policy,'],
    [96, 'Adopted in full.'],
  ]),
  at([
    [12, 'expression of dissatisfaction.'],
    [62, 'section 2.'],
  ]),
  '',
  at([
    [2, '1.3'],
    [12, 'A resident does not have to use the'],
    [50, 'No'],
    [62, 'Yes, we comply in'],
    [96, 'Training is due.'],
  ]),
  at([
    [12, 'word complaint.'],
    [62, 'most cases.'],
  ]),
  '',
  at([[40, 'Page 1 of 2']]),
];
const page2 = [
  ...header,
  at([
    [12, 'It must be handled under the policy.'],
    [62, 'Audit of cases.'],
  ]),
  '',
  at([
    [2, '1.4'],
    [12, 'Landlords must recognise the'],
    [50, 'Partial'],
    [62, 'Policy section 2.3.'],
    [96, 'Review in May.'],
  ]),
  at([
    [12, 'difference between a service request'],
    [50, 'compliance'],
  ]),
  at([[12, 'and a complaint.']]),
  '',
  at([[40, 'Page 2 of 2']]),
];
const text = [...page1, `\f${page2[0] ?? ''}`, ...page2.slice(1)].join('\n');

const rows = (blocks: readonly DocBlock[]): string[][] =>
  blocks.filter((b): b is RowBlock => b.kind === 'row').map((r) => r.cells.map((c) => c.text));

describe('extractSpacedText', () => {
  it('reads a wrapped header, rows by column, titles and page furniture as paragraphs', () => {
    const doc = extractSpacedText(text);
    expect(doc?.pageCount).toBe(2);
    const found = rows(doc?.blocks ?? []);
    expect(found[0]).toEqual([
      'Code provisi on',
      'Code requirement',
      'Comply: Yes / No',
      'Evidence',
      'Commentary / explanation',
    ]);
    expect(found[1]).toEqual([
      '1.2',
      'A complaint must be defined as an',
      'Yes',
      'Complaints Policy,',
      'Adopted in full.',
    ]);
    expect(found[3]).toEqual([
      '1.3',
      'A resident does not have to use the',
      'No',
      'Yes, we comply in',
      'Training is due.',
    ]);
    const paragraphs = (doc?.blocks ?? []).filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(paragraphs).toEqual([
      'Riverbank Homes - Complaint Handling Code self-assessment',
      'Section 1: Definition of a complaint',
      'Page 1 of 2',
      'Page 2 of 2',
    ]);
  });

  it('gives provision rows, answers and cell texts through normalisation, the header repeated on page 2 dropped', () => {
    const { rows: parsed } = normaliseDocument(extractText(text), catalogKnowledge, { maxRows: 100 });
    expect(parsed.map((r) => [r.provision, r.status])).toEqual([
      ['1.2', 'yes'],
      ['1.3', 'no'],
      ['1.4', 'partial'],
    ]);
    expect(parsed[1]?.requirement).toBe(
      'A resident does not have to use the word complaint. It must be handled under the policy.',
    );
    expect(parsed[1]?.evidence).toBe('Yes, we comply in most cases. Audit of cases.');
    expect(parsed[2]?.requirement).toBe(
      'Landlords must recognise the difference between a service request and a complaint.',
    );
    expect(parsed[2]?.statusRaw).toBe('Partial compliance');
  });

  it('finds nothing in prose, or in a table with no header it can read', () => {
    expect(extractSpacedText('A letter.\n\nDear resident,  we write   to say.\n')).toBeNull();
    expect(
      extractSpacedText(['1.2   Text   Yes', '1.3   Text   No', '1.4   Text   Yes'].join('\n')),
    ).toBeNull();
  });
});
