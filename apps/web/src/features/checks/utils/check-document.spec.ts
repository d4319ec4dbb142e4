import { describe, expect, it } from 'vitest';
import { checkDocumentView } from './check-document';

const region = (page: number) => ({ page, x0: 10, y0: 20, x1: 300, y1: 60, pageWidth: 595, pageHeight: 842 });

describe('checkDocumentView', () => {
  it('draws a PDF page at the first page the row is on', () => {
    expect(checkDocumentView({ regions: [region(4), region(3)], pages: [3, 4] })).toEqual({
      kind: 'pdf',
      page: 3,
    });
  });

  it('shows the lines of a text file, in order', () => {
    expect(checkDocumentView({ lines: [42, 40] })).toEqual({ kind: 'lines', first: 40, last: 42 });
  });

  it('has nothing to show for a document without pages or lines', () => {
    expect(checkDocumentView({ table: 1, row: 4 })).toEqual({ kind: 'none' });
    expect(checkDocumentView({})).toEqual({ kind: 'none' });
  });
});
