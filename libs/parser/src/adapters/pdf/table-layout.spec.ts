import { describe, expect, it } from 'vitest';
import { columnsFromHeader, columnsFromGutters } from './column-grid';
import { FORM_X as X, fragment, linesOf } from './layout-fixtures.test-helper';
import type { TextLine } from './page-content';
import { removeFurniture } from './page-furniture';
import { detectHeader } from './table-header';
import { mergeRulings } from './table-rulings';

const header = linesOf(
  [
    [
      ['Code', X.number],
      ['Code requirement', X.requirement],
      ['Comply:', X.status],
      ['Evidence', X.evidence],
      ['Commentary /', X.commentary],
    ],
    [
      ['provision', X.number],
      ['Yes / No', X.status],
      ['explanation', X.commentary],
    ],
  ],
  { bold: true, top: 60 },
);

describe('detectHeader', () => {
  it('reads a two-line header into one cell per column', () => {
    const found = detectHeader([...header, ...linesOf([[['1.2', X.number]]], { top: 90 })], 0);
    expect(found?.cells.map((c) => c.text)).toEqual([
      'Code provision',
      'Code requirement',
      'Comply: Yes / No',
      'Evidence',
      'Commentary / explanation',
    ]);
    expect(found?.lines).toHaveLength(2);
  });

  it('takes in the line of a header cell centred above the others', () => {
    const centredCell = linesOf(
      [
        [['Compliant', X.status]],
        [
          ['Provision', X.number],
          ['Requirement', X.requirement],
          ['Evidence', X.evidence],
          ['Commentary', X.commentary],
        ],
        [['?', X.status]],
      ],
      { bold: true, top: 60, leading: 10 },
    );
    const found = detectHeader([...centredCell, ...linesOf([[['7.1', X.number]]], { top: 100 })], 0);
    expect(found?.cells.map((c) => c.text)).toEqual([
      'Provision',
      'Requirement',
      'Compliant ?',
      'Evidence',
      'Commentary',
    ]);
    expect(found?.lines).toHaveLength(3);
  });

  it('leaves the last line of the table above out of the next header', () => {
    const lastLine = linesOf([[['about their complaint.', X.requirement]]], { top: 50 });
    const next = linesOf(
      [
        [
          ['Provision', X.number],
          ['Requirement', X.requirement],
          ['Compliant', X.status],
          ['Evidence', X.evidence],
        ],
      ],
      { bold: true, top: 60 },
    );
    expect(detectHeader([...lastLine, ...next], 0)).toBeNull();
    expect(detectHeader([...lastLine, ...next], 1)?.lines).toHaveLength(1);
  });

  it('does not take a body row for a header', () => {
    const body = linesOf([
      [
        ['1.2', X.number],
        ['A complaint must be defined', X.requirement],
        ['Yes', X.status],
        ['Section 2 of our policy', X.evidence],
      ],
    ]);
    expect(detectHeader(body, 0)).toBeNull();
  });
});

describe('columns', () => {
  it('places boundaries in the gutters left of each header cell, even for centred headers', () => {
    const centred = linesOf(
      [
        [
          ['Code', 45],
          ['Requirement', 130],
          ['Comply', 252],
          ['Evidence', 340],
        ],
      ],
      { bold: true, top: 60 },
    );
    const body = linesOf([
      [
        ['1.2', 40],
        ['Landlords must accept', 90],
        ['Yes', 250],
        ['Our policy says so', 300],
      ],
      [
        ['2.1', 40],
        ['Landlords must publish', 90],
        ['No', 250],
        ['It is on the web', 300],
      ],
    ]);
    const head = detectHeader([...centred, ...body], 0);
    if (!head) throw new Error('header not found');
    const model = columnsFromHeader(head.cells, body, 9);
    expect(model.boundaries).toHaveLength(3);
    expect(model.boundaries[0]).toBeGreaterThan(40 + 13.5);
    expect(model.boundaries[0]).toBeLessThanOrEqual(90);
    expect(model.boundaries[2]).toBeLessThanOrEqual(300);
  });

  it('finds a column whose header cell is blank', () => {
    const head = detectHeader(
      linesOf(
        [
          [
            ['Code', 40],
            ['Requirement', 90],
            ['Comply', 250],
            ['Evidence and commentary', 450],
          ],
        ],
        { bold: true, top: 60 },
      ),
      0,
    );
    if (!head) throw new Error('header not found');
    const body = linesOf([
      [
        ['1.2', 40],
        ['Text', 90],
        ['Yes', 250],
        ['Policy', 300],
        ['Comment one', 450],
      ],
      [
        ['1.3', 40],
        ['Text', 90],
        ['Yes', 250],
        ['Procedure', 300],
        ['Comment two', 450],
      ],
      [
        ['1.4', 40],
        ['Text', 90],
        ['No', 250],
        ['Report', 300],
        ['Comment three', 450],
      ],
    ]);
    const model = columnsFromHeader(head.cells, body, 9);
    expect(model.headerTexts).toEqual(['Code', 'Requirement', 'Comply', '', 'Evidence and commentary']);
  });

  it('finds columns without a header from aligned starts', () => {
    const body = linesOf([
      [
        ['1.2', 40],
        ['Text here', 90],
        ['Yes', 250],
      ],
      [
        ['1.3', 40],
        ['More text', 90],
        ['No', 250],
      ],
      [
        ['1.4', 40],
        ['And more', 90],
        ['Yes', 250],
      ],
    ]);
    expect(columnsFromGutters(body, 9).boundaries).toHaveLength(2);
  });
});

describe('mergeRulings', () => {
  it('joins per-cell border pieces into one rule', () => {
    expect(
      mergeRulings([
        { at: 100, from: 10, to: 60 },
        { at: 100.5, from: 60, to: 200 },
        { at: 300, from: 10, to: 200 },
      ]),
    ).toEqual([
      { at: 100.25, from: 10, to: 200 },
      { at: 300, from: 10, to: 200 },
    ]);
  });
});

describe('removeFurniture', () => {
  const page = (n: number, body: string): { height: number; lines: TextLine[] } => ({
    height: 842,
    lines: [
      ...linesOf([[['Council self-assessment 2024', 300]]], { top: 30 }),
      ...header,
      ...linesOf([[[body, 40]]], { top: 400 }),
      ...linesOf([[[`Page ${n} of 3`, 280]]], { top: 810 }),
    ],
  });

  it('drops running headers and page numbers but keeps repeated table headers and content', () => {
    const result = removeFurniture([page(1, 'first'), page(2, 'second'), page(3, 'third')]);
    for (const lines of result.pages) {
      const flat = lines.map((l) => l.fragments.map((f) => f.text).join(' '));
      expect(flat).not.toContain('Council self-assessment 2024');
      expect(flat.some((t) => t.startsWith('Page'))).toBe(false);
      expect(flat.some((t) => t.includes('Code requirement'))).toBe(true);
    }
    expect(result.removed).toBe(6);
  });

  it('keeps a line that repeats at the top when the same text also appears in the body', () => {
    const pages = [page(1, 'Council self-assessment 2024'), page(2, 'x'), page(3, 'y')];
    const result = removeFurniture(pages);
    expect(result.pages[1]?.some((l) => l.fragments[0]?.text === 'Council self-assessment 2024')).toBe(true);
  });

  it('drops a bare page number on a single page', () => {
    const lines = [fragment('Body text', 40, 400), fragment('7', 290, 815)].map(
      (f) => linesOf([[[f.text, f.x0]]], { top: f.baseline })[0],
    );
    const result = removeFurniture([
      { height: 842, lines: lines.filter((l): l is TextLine => l !== undefined) },
    ]);
    expect(result.pages[0]?.map((l) => l.fragments[0]?.text)).toEqual(['Body text']);
  });
});
