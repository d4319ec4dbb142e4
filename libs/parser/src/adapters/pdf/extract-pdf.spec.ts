import { describe, expect, it } from 'vitest';
import { ParseError } from '../../errors';
import type { RowBlock } from '../../model/extracted-document';
import { extractPdf } from './extract-pdf';
import { listPdfFixtures, PDF_FIXTURE_DIR, readFixtureBytes } from './pdf-fixtures.test-helper';
import { syntheticAssessment } from './synthetic-assessment.test-helper';
import { compareWithTruth } from './truth-comparison.test-helper';

const fixtures = listPdfFixtures();

async function parseError(work: Promise<unknown>): Promise<ParseError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('extractPdf on the fixture PDFs', () => {
  it('has fixtures from more than one producer', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(new Set(fixtures.map((f) => f.name.split('-')[2])).size).toBeGreaterThanOrEqual(2);
  });

  for (const fixture of fixtures) {
    it(`rebuilds ${fixture.name}`, async () => {
      const doc = await extractPdf(readFixtureBytes(fixture.path));
      const report = compareWithTruth(doc, fixture.truth);
      expect(report.actualProvisions).toEqual(report.expectedProvisions);
      expect(report.statusErrors).toEqual([]);
      expect(report.cellAccuracy, JSON.stringify(report.mismatches.slice(0, 3), null, 1)).toBe(1);
    });
  }

  it('records the page and the position of every cell', async () => {
    const fixture = fixtures.find((f) => f.name.includes('rotated')) ?? fixtures[0];
    if (!fixture) throw new Error('no fixtures');
    const doc = await extractPdf(readFixtureBytes(fixture.path));
    const rows = doc.blocks.filter((b): b is RowBlock => b.kind === 'row');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.page).toBeGreaterThanOrEqual(1);
      for (const cell of row.cells) {
        const [region] = cell.regions ?? [];
        expect(region?.page).toBe(row.page);
        if (!region) continue;
        expect(region.x0).toBeLessThanOrEqual(region.x1);
        expect(region.y0).toBeLessThanOrEqual(region.y1);
        expect(region.x0).toBeGreaterThanOrEqual(-1);
        expect(region.y1).toBeLessThanOrEqual(region.pageHeight + 1);
        expect(region.x1).toBeLessThanOrEqual(region.pageWidth + 1);
      }
    }
  });

  it('marks the rows that continue a table after a page break', async () => {
    const fixture = fixtures.find((f) => f.name.startsWith('corpus-001'));
    if (!fixture) throw new Error('fixture missing');
    const doc = await extractPdf(readFixtureBytes(fixture.path));
    const rows = doc.blocks.filter((b): b is RowBlock => b.kind === 'row');
    const continued = rows.filter((r) => r.afterBreak);
    expect(continued.length).toBeGreaterThan(5);
    for (const row of continued) {
      const previous = rows[rows.indexOf(row) - 1];
      expect(previous?.tableIndex).toBe(row.tableIndex);
      expect(previous?.page).toBeLessThanOrEqual(row.page ?? 0);
    }
  });

  it('reads several documents at once without them disturbing each other', async () => {
    // A short document opened while a long one is being read: pdfjs alone would then check the long
    // one's pages against the short one's page count.
    const long = syntheticAssessment({ rows: 250, seed: 1 });
    const short = syntheticAssessment({ rows: 6, seed: 2 });
    const first = extractPdf(long.pdf);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = extractPdf(short.pdf);
    const truth = (rows: typeof long.rows) => ({ file: 'synthetic', landlord: 'x', codeVersion: '2024', rows });
    expect(compareWithTruth(await first, truth(long.rows)).cellAccuracy).toBe(1);
    expect(compareWithTruth(await second, truth(short.rows)).cellAccuracy).toBe(1);
  });

  it('reads pages whose content is drawn turned and put upright by /Rotate', async () => {
    const synthetic = syntheticAssessment({ rows: 14, turned: true, ruled: true });
    const doc = await extractPdf(synthetic.pdf);
    const report = compareWithTruth(doc, { file: 'turned', landlord: 'x', codeVersion: '2024', rows: synthetic.rows });
    expect(report.actualProvisions).toEqual(report.expectedProvisions);
    expect(report.cellAccuracy).toBe(1);
  });

  it('finds a borderless table without a header row from its aligned provision numbers', async () => {
    const synthetic = syntheticAssessment({ rows: 16, headerless: true });
    const doc = await extractPdf(synthetic.pdf);
    const report = compareWithTruth(doc, { file: 'headerless', landlord: 'x', codeVersion: '2024', rows: synthetic.rows });
    expect(report.actualProvisions).toEqual(report.expectedProvisions);
    expect(report.statusErrors).toEqual([]);
    expect(report.cellAccuracy).toBe(1);
  });

  it('drops running footers and page numbers', async () => {
    const synthetic = syntheticAssessment({ rows: 20 });
    const doc = await extractPdf(synthetic.pdf);
    const texts = doc.blocks.flatMap((b) => (b.kind === 'row' ? b.cells.map((c) => c.text) : [b.text]));
    expect(texts.some((t) => /^Page \d+$/.test(t))).toBe(false);
  });
});

describe('extractPdf errors', () => {
  it('refuses a password-protected PDF', async () => {
    const error = await parseError(extractPdf(readFixtureBytes(`${PDF_FIXTURE_DIR}/errors/encrypted.pdf`)));
    expect(error.code).toBe('pdf_encrypted');
  });

  it('explains that a scan OCR cannot read has no text, and why', async () => {
    const error = await parseError(extractPdf(readFixtureBytes(`${PDF_FIXTURE_DIR}/errors/image-only.pdf`)));
    expect(error.code).toBe('pdf_no_text');
    expect(error.message).toMatch(/text layer/);
    expect(error.message).toMatch(/OCR could not read it/);
  });

  it('refuses a truncated file', async () => {
    const bytes = readFixtureBytes(fixtures[0]?.path ?? '');
    const error = await parseError(extractPdf(bytes.slice(0, Math.floor(bytes.length * 0.6))));
    expect(error.code).toBe('pdf_malformed');
  });

  it('refuses bytes that are not a PDF', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect((await parseError(extractPdf(garbage))).code).toBe('pdf_malformed');
  });

  it('refuses a PDF whose structure is destroyed', async () => {
    const bytes = readFixtureBytes(fixtures[0]?.path ?? '');
    const damaged = bytes.slice();
    for (let i = 200; i < damaged.length - 200; i++) damaged[i] = 0x20;
    expect((await parseError(extractPdf(damaged))).code).toBe('pdf_malformed');
  });

  it('refuses an empty file', async () => {
    expect((await parseError(extractPdf(new Uint8Array(0)))).code).toBe('empty_file');
  });

  it('refuses a document with more pages than the limit, before reading them', async () => {
    const synthetic = syntheticAssessment({ rows: 30 });
    const error = await parseError(extractPdf(synthetic.pdf, { maxPages: 2 }));
    expect(error.code).toBe('pdf_too_many_pages');
    expect(error.details).toMatchObject({ pageCount: synthetic.pages, maxPages: 2 });
  });

  it('stops at the time limit', async () => {
    const synthetic = syntheticAssessment({ rows: 60 });
    const started = Date.now();
    const error = await parseError(extractPdf(synthetic.pdf, { timeoutMs: 5 }));
    expect(error.code).toBe('parse_timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
