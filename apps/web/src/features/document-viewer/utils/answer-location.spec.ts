import { describe, expect, it } from 'vitest';
import { describeLocation, excerptLines, firstPage, regionsOnPage } from './answer-location';

const region = (page: number) => ({ page, x0: 0, y0: 0, x1: 1, y1: 1, pageWidth: 595, pageHeight: 842 });

describe('firstPage', () => {
  it('takes the earliest page of the regions or pages', () => {
    expect(firstPage({ regions: [region(4), region(3)] })).toBe(3);
    expect(firstPage({ pages: [7] })).toBe(7);
    expect(firstPage({ table: 0, row: 2 })).toBeNull();
    expect(firstPage(undefined)).toBeNull();
  });
});

describe('regionsOnPage', () => {
  it('keeps the regions on that page', () => {
    expect(regionsOnPage({ regions: [region(1), region(2), region(2)] }, 2)).toHaveLength(2);
  });
});

describe('describeLocation', () => {
  it('counts tables and rows from one', () => {
    expect(describeLocation({ table: 0, row: 11 })).toBe('Table 1, row 12');
  });

  it('gives line ranges', () => {
    expect(describeLocation({ lines: [40, 44] })).toBe('Lines 40 to 44');
    expect(describeLocation({ lines: [9, 9] })).toBe('Line 9');
  });
});

describe('excerptLines', () => {
  const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');

  it('adds context and marks the row', () => {
    expect(excerptLines(text, [3, 4], 1)).toEqual([
      { number: 2, text: 'b', highlighted: false },
      { number: 3, text: 'c', highlighted: true },
      { number: 4, text: 'd', highlighted: true },
      { number: 5, text: 'e', highlighted: false },
    ]);
  });

  it('stays inside the document', () => {
    expect(excerptLines(text, [1, 1], 3).map((line) => line.number)).toEqual([1, 2, 3, 4]);
    expect(excerptLines(text, [7, 7], 3).map((line) => line.number)).toEqual([4, 5, 6, 7]);
  });
});
