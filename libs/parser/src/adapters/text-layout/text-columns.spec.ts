import { describe, expect, it } from 'vitest';
import { cellsByColumn, headerByColumn } from './text-column-cells';
import { columnLayout, headerCells, segmentsOf, shiftedLayout, type ColumnLayout } from './text-columns';

const lines = (...text: string[]) => text.map(segmentsOf);

describe('segmentsOf', () => {
  it('splits a line on runs of two or more spaces, keeping positions', () => {
    expect(segmentsOf('  1.2   A complaint must be   Yes')).toEqual([
      { start: 2, end: 5, text: '1.2' },
      { start: 8, end: 27, text: 'A complaint must be' },
      { start: 30, end: 33, text: 'Yes' },
    ]);
    expect(segmentsOf('   ')).toEqual([]);
  });
});

describe('headerCells', () => {
  it('joins the pieces of a header wrapped over lines to the cell above them', () => {
    const cells = headerCells(
      lines(
        'Code      Code requirement   Comply:',
        'provisi                      Yes /',
        'on                           No',
      ),
    );
    expect(cells.map((c) => c.text)).toEqual(['Code provisi on', 'Code requirement', 'Comply: Yes / No']);
  });
});

describe('columnLayout', () => {
  it('puts dividers in the gutters the lines share, not in the gap after a short answer', () => {
    const header = headerCells(lines('No.   Requirement            Met?       Evidence'));
    const body = lines(
      '1.2   A complaint must be    Not met    Policy section 2',
      '      defined as written.               and procedure.',
      '1.3   A resident does not    Yes        Training records',
      '      have to use the word.             for all staff.',
    );
    const layout = columnLayout(header, body);
    expect(layout.starts).toEqual([6, 29, 40]);
    expect(cellsByColumn(body[0] ?? [], layout)).toEqual([
      '1.2',
      'A complaint must be',
      'Not met',
      'Policy section 2',
    ]);
    expect(cellsByColumn(body[1] ?? [], layout)).toEqual(['', 'defined as written.', '', 'and procedure.']);
  });

  it('finds a column with no heading of its own under a heading merged over two columns', () => {
    const headerLines = lines('Ref   Requirement          Comply   Evidence and commentary');
    const header = headerCells(headerLines);
    const body = lines(
      '1.2   Landlords must do     Yes      Policy       Adopted in full and',
      '      this and that.                 section 2    checked each month.',
      '1.3   Landlords must do     No       Procedure    Action plan agreed',
      '      the other thing.                            with the Board.',
      '1.4   Landlords must keep   Yes      Training     Refreshed every',
      '      records.                       log          two years.',
    );
    const layout = columnLayout(header, body);
    expect(layout.dividers).toHaveLength(4);
    // The heading is cut where it crosses into the column it covers with no words of its own.
    expect(headerByColumn(headerLines, layout)).toEqual([
      'Ref',
      'Requirement',
      'Comply',
      'Evidence and',
      'commentary',
    ]);
    expect(cellsByColumn(body[0] ?? [], layout)).toEqual([
      '1.2',
      'Landlords must do',
      'Yes',
      'Policy',
      'Adopted in full and',
    ]);
    expect(cellsByColumn(body[3] ?? [], layout)).toEqual(['', 'the other thing.', '', '', 'with the Board.']);
  });
});

describe('headerByColumn', () => {
  it('cuts a heading run into the next column only where that column has no heading of its own', () => {
    const layout: ColumnLayout = { dividers: [5, 30, 42], starts: [6, 31, 43] };
    expect(
      headerByColumn(lines('Code Code requirement          Comply: Yes   Evidence', 'provi', 'sion'), layout),
    ).toEqual(['Code provi sion', 'Code requirement', 'Comply: Yes', 'Evidence']);
    expect(
      headerByColumn(lines('Ref   Requirement              Compliant (Yes/No)  Evidence'), layout),
    ).toEqual(['Ref', 'Requirement', 'Compliant (Yes/No)', 'Evidence']);
  });
});

describe('cellsByColumn', () => {
  const layout: ColumnLayout = { dividers: [5, 30, 38], starts: [6, 31, 39], answerColumn: 2 };

  it('cuts off an answer that a single space joins to the requirement, on a provision row with no answer', () => {
    const segments = segmentsOf('1.4  Landlords must recognise a Y      Evidence:');
    expect(cellsByColumn(segments, layout, true)).toEqual([
      '1.4',
      'Landlords must recognise a',
      'Y',
      'Evidence:',
    ]);
  });

  it('leaves requirement text that overruns into the answer column where it is, unless it is an answer', () => {
    const segments = segmentsOf('     information on their right to the');
    expect(cellsByColumn(segments, layout)).toEqual(['', 'information on their right to the', '', '']);
  });

  it('gives an answer that starts a little early to the answer column', () => {
    const segments = segmentsOf('1.5  A complaint must be raised  N/A    Letter template.');
    expect(cellsByColumn(segments, layout, true)).toEqual([
      '1.5',
      'A complaint must be raised',
      'N/A',
      'Letter template.',
    ]);
  });
});

describe('shiftedLayout', () => {
  it('moves every column to where another page, laid out on a narrower grid, starts its text', () => {
    const previous: ColumnLayout = {
      dividers: [11, 75, 88, 122],
      starts: [12, 76, 89, 123],
      answerColumn: 2,
    };
    const at = (parts: [number, string][]): string =>
      parts.reduce((line, [x, text]) => line.padEnd(x) + text, '');
    const page = lines(
      at([
        [0, '5.8'],
        [7, 'At each stage of the complaints process'],
        [69, 'Yes'],
        [81, 'Complaints Policy'],
        [115, 'This is set out'],
      ]),
      at([
        [7, 'must deal with complaints on their merits.'],
        [115, 'in section 7.'],
      ]),
      at([
        [0, '5.9'],
        [7, 'Where a response will fall outside the'],
        [69, 'No'],
        [81, 'Complaints Policy'],
        [115, 'Section 9 of our'],
      ]),
      at([
        [7, 'timescales set out in this Code.'],
        [81, 'and Procedure'],
        [115, 'policy says so.'],
      ]),
    );
    const moved = shiftedLayout(previous, page);
    expect(moved.starts).toEqual([7, 69, 81, 115]);
    expect(moved.answerColumn).toBe(2);
    expect(cellsByColumn(page[2] ?? [], moved, true)).toEqual([
      '5.9',
      'Where a response will fall outside the',
      'No',
      'Complaints Policy',
      'Section 9 of our',
    ]);
  });
});
