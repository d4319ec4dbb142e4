import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { PARSER_VERSION, parseSubmission } from './index';
import { storedZip } from './testing/stored-zip.test-support';

const FIXTURES = join(__dirname, '..', 'fixtures');
const read = (path: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, path)));
const CORPUS_TEXT = 'corpus/004_f04719c660cefd4a.txt';

async function failure(work: Promise<unknown>): Promise<ParseError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('parseSubmission', () => {
  it('returns the normalised submission with stats and the parser version', async () => {
    const parsed = await parseSubmission(read(CORPUS_TEXT), { filename: 'assessment.txt' });
    expect(parsed).toMatchObject({ format: 'text', codeVersion: '2024', landlordName: 'Lewisham Council', assessmentYear: 2025, parserVersion: PARSER_VERSION });
    expect(parsed.stats).toMatchObject({ rows: 72, provisionsExpected: 72, tables: expect.any(Number) });
    expect(parsed.stats.statusCounts.yes + parsed.stats.statusCounts.no).toBe(72);
    expect(parsed.warnings.map((w) => w.code)).toContain('assessment_year_inferred');
    const row = parsed.rows[0];
    expect(row).toMatchObject({ provision: '1.2', status: 'yes', statusRaw: 'Y', evidence: 'Complaints policy section 2.1', commentary: null });
    expect(row?.canonicalProvisions).toEqual([expect.objectContaining({ provision: '1.2' })]);
    expect(row?.source.firstLine).toBeGreaterThan(0);
  });

  it('detects the format from the bytes, not the name', async () => {
    const parsed = await parseSubmission(read('docx/layout-merged-cells.docx'), { filename: 'assessment.pdf' });
    expect(parsed.format).toBe('docx');
    expect(parsed.warnings.find((w) => w.code === 'extraction')?.message).toContain('named .pdf');
    expect(parsed.rows[0]?.source).toMatchObject({ table: 0, row: 2 });
  });

  it('parses a corpus text in milliseconds', async () => {
    const bytes = read(CORPUS_TEXT);
    await parseSubmission(bytes);
    const started = performance.now();
    for (let i = 0; i < 5; i++) await parseSubmission(bytes);
    expect((performance.now() - started) / 5).toBeLessThan(150);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty_file'],
    ['binary junk', new Uint8Array(20_000).map((_, i) => (i * 2654435761) % 251), 'unsupported_format'],
    ['a ZIP that is not a Word document', storedZip([{ name: 'ppt/presentation.xml', data: '<p/>' }]), 'unsupported_format'],
    ['text without a table', new TextEncoder().encode('Dear resident,\n\nThank you for your letter.\n'), 'no_table_found'],
    ['a table with no self-assessment rows', new TextEncoder().encode('Name\tTelephone\nAnn\t0123\n'), 'no_table_found'],
  ])('rejects %s with a clear reason', async (_label, bytes, code) => {
    const error = await failure(parseSubmission(bytes));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('rejects damaged Word documents', async () => {
    const docx = read('docx/layout-merged-cells.docx');
    expect((await failure(parseSubmission(docx.subarray(0, docx.length - 100)))).code).toBe('docx_malformed');
    const scrambled = docx.slice();
    for (let i = 200; i < 4000; i++) scrambled[i] = (scrambled[i] ?? 0) ^ 0x5a;
    expect((await failure(parseSubmission(scrambled))).code).toBe('docx_malformed');
    expect((await failure(parseSubmission(storedZip([{ name: 'word/document.xml', data: 'not xml <<<' }])))).code).toBe('docx_malformed');
  });

  it('enforces size limits before reading', async () => {
    expect((await failure(parseSubmission(read(CORPUS_TEXT), { limits: { maxBytes: 1000 } }))).code).toBe('file_too_large');
    const docx = read('docx/layout-merged-cells.docx');
    expect((await failure(parseSubmission(docx, { limits: { maxUncompressedBytes: 10_000 } }))).code).toBe('file_too_large');
  });

  it('stays fast on a huge, row-less text', async () => {
    const huge = new TextEncoder().encode('word '.repeat(2_000_000));
    const started = performance.now();
    expect((await failure(parseSubmission(huge))).code).toBe('no_table_found');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('stays bounded on a huge table that is not a self-assessment', async () => {
    const header = 'Code provision\tCode requirement\tComply: Yes / No\tEvidence\tCommentary\n';
    const same = header + '1.2\tLandlords must do this.\tYes\tEvidence for the row.\tComment.\n'.repeat(60_000);
    const started = performance.now();
    const parsed = await parseSubmission(new TextEncoder().encode(same));
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.warnings.map((w) => w.code)).toContain('row_limit_reached');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('hands PDF bytes to the PDF adapter', async () => {
    const error = await failure(parseSubmission(new TextEncoder().encode('%PDF-1.7\nnot really a pdf')));
    expect(error.code).toMatch(/^pdf_|unsupported_format/);
  });

  it('keeps at most maxRows rows, saying so', async () => {
    const parsed = await parseSubmission(read(CORPUS_TEXT), { limits: { maxRows: 10 } });
    expect(parsed.rows).toHaveLength(10);
    expect(parsed.warnings.map((w) => w.code)).toContain('row_limit_reached');
  });
});
