import { describe, expect, it } from 'vitest';
import type { RowBlock } from '../model/extracted-document';
import { extractText } from './text';

describe('text adapter', () => {
  it('keeps tab-separated cells by position, empty ones included', () => {
    const doc = extractText('1.2\tA complaint\tYes\tPolicy\t\n\tcontinued\t\t\t');
    const rows = doc.blocks as RowBlock[];
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1.2', 'A complaint', 'Yes', 'Policy', ''],
      ['', 'continued', '', '', ''],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it('marks rows after blank lines and form feeds, counting pages', () => {
    const doc = extractText('1.2\ta\tYes\n\n\tb\t\n1.3\tc\tNo\f\n1.4\td\tYes');
    const rows = doc.blocks as RowBlock[];
    expect(rows.map((r) => r.afterBreak)).toEqual([false, true, false, true]);
    expect(rows[3]?.page).toBe(2);
    expect(doc.pageCount).toBe(2);
  });

  it('drops Markdown table rules and reads pipe tables and headings', () => {
    const doc = extractText('## Section 2: Exclusions\n\n| Code provision | Comply |\n| --- | --- |\n| 2.1 | Yes |\n--\t---\n**Stage 1**\nPlain prose.');
    expect(doc.blocks.map((b) => (b.kind === 'row' ? b.cells.map((c) => c.text) : `${b.kind}:${b.text}`))).toEqual([
      'heading:Section 2: Exclusions',
      ['Code provision', 'Comply'],
      ['2.1', 'Yes'],
      'heading:Stage 1',
      'paragraph:Plain prose.',
    ]);
  });

  it('renders HTML fragments and symbol-font bullets inside cells', () => {
    const doc = extractText('2.2\t<p>Exclusions include:</p> <ul> <li>over twelve months</li> <li>legal action</li> </ul>\tYes\n\t\uf0b7 first item \uf0b7 second item\t');
    const rows = doc.blocks as RowBlock[];
    expect(rows[0]?.cells[1]?.text).toBe('Exclusions include:\n• over twelve months\n• legal action');
    expect(rows[1]?.cells[1]?.text).toBe('• first item • second item');
  });
});

describe('text adapter: other table shapes', () => {
  it('reads pipe tables without outer pipes, continuation lines starting with the separator', () => {
    const doc = extractText(
      ['No. | Code requirement | Status | Evidence', '1.2 | A complaint | Yes | Policy', ' |  |  | • Procedure', '1.3 | A resident | No | Audit', '1.4 | Landlords | Yes |'].join('\n'),
    );
    expect((doc.blocks as RowBlock[]).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['No.', 'Code requirement', 'Status', 'Evidence'],
      ['1.2', 'A complaint', 'Yes', 'Policy'],
      ['', '', '', '• Procedure'],
      ['1.3', 'A resident', 'No', 'Audit'],
      ['1.4', 'Landlords', 'Yes', ''],
    ]);
  });

  it('keeps escaped pipes, <br> breaks and the text of Markdown links and images in cells', () => {
    const doc = extractText('| Ref | Evidence |\n| --- | --- |\n| 1.2 | [Complaints Policy](https://example.org/p) \\| Procedure<br>Audit |\n\n![Logo of Oak Homes](logo.png)');
    const rows = doc.blocks.filter((b): b is RowBlock => b.kind === 'row');
    expect(rows[1]?.cells[1]?.text).toBe('Complaints Policy | Procedure\nAudit');
    expect(doc.blocks[doc.blocks.length - 1]).toMatchObject({ kind: 'paragraph', text: 'Logo of Oak Homes' });
  });

  it('reads a table laid out with spaces only when no delimited rows are found', () => {
    const doc = extractText(
      [
        'Provision   Requirement               Compliant?   Evidence',
        '1.2         A complaint must be       Yes          Policy',
        '1.3         A resident does not       No           Audit',
        '1.4         Landlords must            Yes          Training',
      ].join('\n'),
    );
    expect(doc.blocks.filter((b): b is RowBlock => b.kind === 'row').map((r) => r.cells.map((c) => c.text))[2]).toEqual([
      '1.3',
      'A resident does not',
      'No',
      'Audit',
    ]);
  });
});
