import { describe, expect, it } from 'vitest';
import { isParseError, parseSubmission } from '../../index';
import { extractPdf } from './extract-pdf';
import { listPdfFixtures, readFixtureBytes } from './pdf-fixtures.test-helper';
import { buildPdf } from './synthetic-pdf.test-helper';

describe('parseSubmission on the fixture PDFs', () => {
  for (const fixture of listPdfFixtures()) {
    it(`reads every provision and answer of ${fixture.name}`, async () => {
      const parsed = await parseSubmission(readFixtureBytes(fixture.path), { filename: `${fixture.name}.pdf` });
      expect(parsed.format).toBe('pdf');
      expect(parsed.rows.map((r) => `${r.provision} ${r.status}`)).toEqual(fixture.truth.rows.map((r) => `${r.provision} ${r.status}`));
      expect(parsed.codeVersion).toBe(fixture.truth.codeVersion);
      expect(parsed.landlordName).toBe(fixture.truth.landlord);
      for (const row of parsed.rows) expect(row.source.regions?.length).toBeGreaterThan(0);
    });
  }
});

describe('a PDF without a table', () => {
  const pdf = buildPdf([
    {
      width: 595,
      height: 842,
      texts: [
        { x: 50, y: 780, text: 'Annual complaints report', size: 16, bold: true },
        { x: 50, y: 750, text: 'This year we received more complaints than last year.', size: 10 },
        { x: 50, y: 736, text: 'The self-assessment is published separately.', size: 10 },
      ],
    },
  ]);

  it('comes out of the adapter as headings and paragraphs, for the normaliser to report', async () => {
    const doc = await extractPdf(pdf);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph']);
    expect(doc.blocks[1]?.kind === 'paragraph' && doc.blocks[1].text).toBe(
      'This year we received more complaints than last year. The self-assessment is published separately.',
    );
  });

  it('is refused as having no table', async () => {
    const error = await parseSubmission(pdf).catch((e: unknown) => e);
    expect(isParseError(error) && error.code).toBe('no_table_found');
  });
});
