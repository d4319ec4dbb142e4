import { describe, expect, it } from 'vitest';
import { assembleCellText } from './cell-text';
import { columnsFromHeader, columnsFromGutters } from './column-grid';
import { fragment, linesOf } from './layout-fixtures.test-helper';
import type { Fragment, TextLine } from './page-content';
import { removeFurniture } from './page-furniture';
import { buildRows, joinLeadingText } from './row-builder';
import { splitCentredBand } from './centred-split';
import { detectHeader } from './table-header';
import { mergeRulings } from './table-rulings';

const X = { number: 40, requirement: 90, status: 250, evidence: 300, commentary: 450 };

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

function texts(rows: ReturnType<typeof buildRows>): string[][] {
  return rows.map((row) => row.cells.map((cell) => assembleCellText(cell)));
}

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

describe('buildRows', () => {
  const boundaries = [85, 245, 295, 445];

  it('cuts a borderless table at blank space and keeps wrapped cells together', () => {
    const body = linesOf([
      [
        ['1.2', X.number],
        ['A complaint must be', X.requirement],
        ['Yes', X.status],
        ['Our policy', X.evidence],
      ],
      [
        ['defined as follows.', X.requirement],
        ['says so.', X.evidence],
      ],
      [],
      [
        ['1.3', X.number],
        ['A resident need not', X.requirement],
        ['No', X.status],
      ],
    ]);
    const rows = buildRows(body, { boundaries, numberColumn: 0, rowRules: [] });
    expect(texts(rows)).toEqual([
      ['1.2', 'A complaint must be defined as follows.', 'Yes', 'Our policy says so.', ''],
      ['1.3', 'A resident need not', 'No', '', ''],
    ]);
  });

  it('splits rows set without any space between them at each provision number', () => {
    const body = linesOf([
      [
        ['1.2', X.number],
        ['First requirement', X.requirement],
        ['Yes', X.status],
      ],
      [['continues here.', X.requirement]],
      [
        ['1.3', X.number],
        ['Second requirement', X.requirement],
        ['No', X.status],
      ],
    ]);
    expect(texts(buildRows(body, { boundaries, numberColumn: 0, rowRules: [] })).map((r) => r[0])).toEqual([
      '1.2',
      '1.3',
    ]);
  });

  it('gives text above a vertically centred number to that number', () => {
    const lines: TextLine[] = linesOf([
      [
        ['1.2', X.number],
        ['Short', X.requirement],
        ['Yes', X.status],
      ],
      [],
      [],
      [['Long commentary that', X.commentary]],
      [['starts above its', X.commentary]],
      [
        ['1.3', X.number],
        ['Short too', X.requirement],
        ['No', X.status],
        ['number.', X.commentary],
      ],
    ]);
    const rows = texts(buildRows(lines, { boundaries, numberColumn: 0, rowRules: [] }));
    expect(rows.map((r) => [r[0], r[4]])).toEqual([
      ['1.2', ''],
      ['1.3', 'Long commentary that starts above its number.'],
    ]);
  });

  describe('in a table that starts on the page, text above the first number', () => {
    const rowsOf = (lead: TextLine[], rowTop: number) => {
      const first = linesOf(
        [
          [
            ['1.2', X.number],
            ['Short', X.requirement],
            ['Yes', X.status],
            ['Template letters were rewritten.', X.evidence],
          ],
        ],
        { top: rowTop },
      );
      return buildRows([...lead, ...first], { boundaries, numberColumn: 0, rowRules: [] });
    };
    const evidenceAbove = linesOf(
      [[['Residents told us', X.evidence]], [['about the letters.', X.evidence]]],
      { top: 100 },
    );

    it('opens the first row when that row goes on below it after a paragraph gap (a centred cell)', () => {
      const rows = rowsOf(evidenceAbove, 127);
      expect(rows).toHaveLength(2);
      expect(texts(joinLeadingText(rows, 0, 9)).map((r) => [r[0], r[3]])).toEqual([
        ['1.2', 'Residents told us about the letters.\nTemplate letters were rewritten.'],
      ]);
    });

    it('is left alone when a row gap separates them', () => {
      expect(joinLeadingText(rowsOf(evidenceAbove, 140), 0, 9)).toHaveLength(2);
    });

    it('is left alone when it stands in the number column, as a title row does', () => {
      expect(
        joinLeadingText(rowsOf(linesOf([[['Section 1', X.number]]], { top: 111 }), 127), 0, 9),
      ).toHaveLength(2);
    });
  });

  describe('cells centred in their rows', () => {
    // 1.3's cells are centred on its number, so its first lines stand above it; 1.4's evidence starts in a
    // paragraph of its own above its number, after the last paragraph of 1.3.
    const centred = (): TextLine[] => [
      ...linesOf(
        [
          [
            ['1.2', X.number],
            ['Short', X.requirement],
            ['Yes', X.status],
            ['Audited.', X.evidence],
          ],
        ],
        { top: 100 },
      ),
      ...linesOf(
        [
          [
            ['Landlords must', X.requirement],
            ['Our policy sets this out.', X.evidence],
          ],
          [
            ['publish their', X.requirement],
            ['Staff are trained on it.', X.evidence],
          ],
          [
            ['1.3', X.number],
            ['policy online', X.requirement],
            ['No', X.status],
            ['Letters were rewritten.', X.evidence],
          ],
          [
            ['for residents', X.requirement],
            ['Residents were asked.', X.evidence],
          ],
          [
            ['to read.', X.requirement],
            ['The Board reviews it.', X.evidence],
          ],
        ],
        { top: 130 },
      ),
      ...linesOf([[['Minutes are kept.', X.evidence]]], { top: 190 }),
      ...linesOf([[['Reported each quarter.', X.evidence]]], { top: 211 }),
      ...linesOf(
        [
          [
            ['1.4', X.number],
            ['Short', X.requirement],
            ['Yes', X.status],
            ['Actions are tracked.', X.evidence],
          ],
        ],
        { top: 227 },
      ),
    ];
    const rows = () => texts(buildRows(centred(), { boundaries, numberColumn: 0, rowRules: [] }));

    it('gives a row the text centred on its number, above it as well as below', () => {
      expect(rows().map((r) => [r[0], r[1]])).toEqual([
        ['1.2', 'Short'],
        ['1.3', 'Landlords must publish their policy online for residents to read.'],
        ['1.4', 'Short'],
      ]);
    });

    it('parts unnumbered text between two rows at the widest gap', () => {
      expect(rows().map((r) => r[3].replace(/\n/g, ' '))).toEqual([
        'Audited.',
        'Our policy sets this out. Staff are trained on it. Letters were rewritten. Residents were asked. The Board reviews it. Minutes are kept.',
        'Reported each quarter. Actions are tracked.',
      ]);
    });

    it('shares a band holding two numbers between them as their cells centre on them', () => {
      const band = linesOf(
        [
          [
            ['A requirement', X.requirement],
            ['One.', X.evidence],
          ],
          [
            ['1.5', X.number],
            ['of three lines', X.requirement],
            ['Two.', X.evidence],
          ],
          [
            ['for 1.5.', X.requirement],
            ['Three.', X.evidence],
          ],
          [['Four.', X.evidence]],
          [
            ['1.6', X.number],
            ['One line.', X.requirement],
            ['Five.', X.evidence],
          ],
          [['Six.', X.evidence]],
        ],
        { top: 100, leading: 15 },
      );
      const columns: Fragment[][] = Array.from({ length: boundaries.length + 1 }, () => []);
      for (const f of band.flatMap((l) => l.fragments))
        columns[[...boundaries, Infinity].findIndex((b) => f.x0 < b)]?.push(f);
      const numbers = band.filter((l) => /^1\.[56]$/.test(l.fragments[0]?.text ?? ''));
      const pieces = splitCentredBand(columns, 0, numbers).map((piece) =>
        piece.filter((f) => f.x0 >= X.evidence).map((f) => f.text),
      );
      expect(pieces).toEqual([
        ['One.', 'Two.', 'Three.'],
        ['Four.', 'Five.', 'Six.'],
      ]);
    });
  });

  it('uses drawn row rules when there are some', () => {
    const lines = linesOf([
      [
        ['1.2', X.number],
        ['Text', X.requirement],
      ],
      [['more', X.requirement]],
      [
        ['1.3', X.number],
        ['Next', X.requirement],
      ],
    ]);
    const rows = buildRows(lines, { boundaries, numberColumn: 0, rowRules: [115] });
    expect(texts(rows).map((r) => r[1])).toEqual(['Text more', 'Next']);
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
