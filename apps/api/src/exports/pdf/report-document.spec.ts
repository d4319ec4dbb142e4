import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readPdf } from './pdf-text.test-support';
import { ReportDocument } from './report-document';
import { drawShareChart } from './share-chart';
import { shareSeries } from './share-series';

class Collector extends Writable {
  readonly parts: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.parts.push(Buffer.from(chunk));
    done();
  }
}

describe('ReportDocument', () => {
  it('writes a tagged PDF whose headings, tables and chart labels read back as text', async () => {
    const out = new Collector();
    const report = new ReportDocument(out, {
      title: 'Provision 6.3 report',
      subject: 'trend',
      author: 'analyst@example.org',
    });
    report.heading('Provision 6.3 report', 1).paragraph('Filters: all landlords.');
    const counts = { yes: 5, partial: 3, no: 2, na: 0, missing: 0, unknown: 0 };
    const bars = shareSeries([
      { year: 2022, counts, caveat: 'caveat' },
      { year: 2024, counts },
    ]);
    report.figure('Stacked bars of yes, partial and no shares by year', 200, (box) =>
      drawShareChart(report.doc, bars, box),
    );
    report.heading('By year').table({
      header: ['Year', 'Yes', 'Partial', 'No'],
      rows: Array.from({ length: 120 }, (_, i) => [String(1900 + i), '5', '3', '2']),
    });
    await report.end();

    const reading = await readPdf(new Uint8Array(Buffer.concat(out.parts)));
    expect(reading.tagged).toBe(true);
    expect(reading.title).toBe('Provision 6.3 report');
    expect(reading.pages.length).toBeGreaterThan(1);
    expect(reading.text).toContain('Provision 6.3 report');
    expect(reading.text).toContain('2022*');
    expect(reading.text).toContain('50%');
    for (let year = 1900; year < 2020; year += 1) expect(reading.text).toContain(String(year));
    for (const role of ['H1', 'H2', 'P', 'Figure', 'Table', 'TH', 'TD'])
      expect(reading.roles).toContain(role);
  });
});
