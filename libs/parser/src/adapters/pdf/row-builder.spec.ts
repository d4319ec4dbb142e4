import { describe, expect, it } from 'vitest';
import { assembleCellText } from './cell-text';
import { splitCentredBand } from './centred-split';
import { FORM_X as X, linesOf } from './layout-fixtures.test-helper';
import type { Fragment, TextLine } from './page-content';
import { buildRows, joinLeadingText } from './row-builder';

function texts(rows: ReturnType<typeof buildRows>): string[][] {
  return rows.map((row) => row.cells.map((cell) => assembleCellText(cell)));
}

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
