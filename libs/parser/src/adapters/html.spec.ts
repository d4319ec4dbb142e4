import { describe, expect, it } from 'vitest';
import type { RowBlock } from '../model/extracted-document';
import { parseHtml } from './html-dom';
import { extractHtml } from './html';
import { htmlFragmentToText } from './html-text';

const rows = (html: string): RowBlock[] => extractHtml(html).blocks.filter((b): b is RowBlock => b.kind === 'row');
const texts = (html: string): string[][] => rows(html).map((r) => r.cells.map((c) => c.text));

describe('HTML table reader', () => {
  it('lays colspan and rowspan on a grid, marking covered positions', () => {
    const grid = rows(`<table>
      <tr><td colspan="2">A</td><td rowspan="2">B</td></tr>
      <tr><td>C</td><td>D</td></tr>
    </table>`);
    expect(grid.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['A', 'A', 'B'],
      ['C', 'D', 'B'],
    ]);
    expect(grid[0]?.cells[1]?.spanned).toBe('column');
    expect(grid[1]?.cells[2]?.spanned).toBe('row');
    expect(grid[0]?.cells[0]?.spanned).toBeUndefined();
  });

  it('reads thead before tbody, leaves nested tables inside their cell, and numbers tables and rows', () => {
    const html = `<table><tbody><tr><td>1.2</td><td>x<table><tr><td>inner</td></tr></table></td></tr></tbody>
      <thead><tr><th>Code provision</th><th>Code requirement</th></tr></thead></table>
      <p>Between</p><table><tr><td>2.1</td><td>y</td></tr></table>`;
    const found = rows(html);
    expect(found.map((r) => [r.tableIndex, r.rowIndex, r.cells[0]?.text])).toEqual([
      [0, 0, 'Code provision'],
      [0, 1, '1.2'],
      [1, 0, '2.1'],
    ]);
    expect(found[1]?.cells[1]?.text).toBe('x\ninner');
  });

  it('turns lists, paragraphs and line breaks into lines and drops inline markup', () => {
    expect(htmlFragmentToText('<p>Evidence:</p><ul><li>Policy <b>section 2</b></li><li>&bull; Letter</li></ul>Done<br>now')).toBe(
      'Evidence:\n• Policy section 2\n• Letter\nDone\nnow',
    );
    expect(htmlFragmentToText('It&rsquo;s &amp; &#8220;ok&#x201D;&nbsp;here')).toBe('It\u2019s & \u201cok\u201d here');
  });

  it('copes with the tags real documents leave open', () => {
    expect(texts('<table><tr><td>1.2<td><p>one<p>two<tr><td>1.3<td>three</table>')).toEqual([
      ['1.2', 'one\ntwo'],
      ['1.3', 'three'],
    ]);
  });

  it('keeps headings and paragraphs around tables and ignores scripts and styles', () => {
    const doc = extractHtml('<html><head><title>Self-assessment</title><style>p{}</style></head><body><h2>Section 1</h2><script>x<y</script><div>Loose text</div></body></html>');
    expect(doc.metadata.title).toBe('Self-assessment');
    expect(doc.blocks).toEqual([
      { kind: 'heading', text: 'Section 1', level: 2 },
      { kind: 'paragraph', text: 'Loose text' },
    ]);
  });

  it('stays linear on hostile markup', () => {
    const started = performance.now();
    parseHtml('<a '.repeat(50_000) + '"'.repeat(10_000) + '<td>'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('HTML lists in cells', () => {
  it('keeps the numbers of numbered lists, their start and letter styles; bullets stay bullets', () => {
    expect(htmlFragmentToText('<p>Evidence:</p><ol><li>Policy</li><li>Procedure</li></ol>')).toBe('Evidence:\n1. Policy\n2. Procedure');
    expect(htmlFragmentToText('<ol start="3" type="a"><li>one</li><li>two</li></ol>')).toBe('c. one\nd. two');
    expect(htmlFragmentToText('<ol style="list-style-type: none"><li>stage</li></ol><ul><li>note</li></ul>')).toBe('• stage\n• note');
  });

  it('reads the alt text of a logo outside any paragraph', () => {
    const doc = extractHtml('<div class="logo"><img src="l.png" alt="Ashdown Homes logo"></div><h1>Self-assessment</h1>');
    expect(doc.blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Ashdown Homes logo' });
  });
});
