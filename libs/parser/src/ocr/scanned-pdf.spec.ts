import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../adapters/pdf/extract-pdf';
import { isParseError } from '../errors';
import { fixturesRoot } from '../eval/evaluate';
import { findTruthCases } from '../eval/truth';
import { parseSubmission } from '../parse-submission';
import { liveOcrEngines } from './tesseract-engine';

// OCR is slow on a shared machine: these tests allow minutes, and time is never what they check.
const SLOW = 300_000;
const scans = join(fixturesRoot(), 'pdf', 'scans');
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(join(scans, name)));

async function settled(): Promise<number> {
  for (let i = 0; i < 100 && liveOcrEngines() > 0; i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return liveOcrEngines();
}

describe('a PDF with one scanned page among printed ones', () => {
  it(
    'reads every answer, lowers the confidence of the scanned rows only and names the page',
    async () => {
      const truth = findTruthCases(fixturesRoot()).find(
        (c) => c.name === 'pdf/scans/mixed-text-and-scan.pdf',
      )?.truth;
      const parsed = await parseSubmission(read('mixed-text-and-scan.pdf'), {
        filename: 'mixed.pdf',
        limits: { timeoutMs: SLOW },
      });

      expect(parsed.rows.map((r) => `${r.provision} ${r.status}`)).toEqual(
        truth?.rows.map((r) => `${r.provision} ${r.status}`),
      );
      expect(parsed.warnings.map((w) => w.message)).toContain(
        'Page 2 is a scanned image and was read by OCR: check the answers and texts taken from it against the document.',
      );
      const scanned = parsed.rows.filter((r) => r.source.pages?.includes(2));
      const printed = parsed.rows.filter((r) => !r.source.pages?.includes(2));
      expect(scanned.length).toBeGreaterThan(2);
      expect(printed.length).toBeGreaterThan(2);
      for (const row of scanned) expect(row.confidence).toBeLessThanOrEqual(0.8);
      expect(Math.min(...printed.map((r) => r.confidence))).toBeGreaterThan(
        Math.max(...scanned.map((r) => r.confidence)) - 0.25,
      );
      expect(await settled()).toBe(0);
    },
    SLOW,
  );
});

describe('OCR within the time limit', () => {
  it(
    'stops at the document time limit with parse_timeout and leaves no OCR worker running',
    async () => {
      const error = await extractPdf(read('scan-chromium-grid.pdf'), {
        timeoutMs: 2_500,
        ocrTimeoutMs: 1_500,
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isParseError(error) ? error.code : error).toBe('parse_timeout');
      expect(await settled()).toBe(0);
    },
    SLOW,
  );
});

describe('a scan OCR cannot read', () => {
  it('is pdf_no_text, saying which page and why', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixturesRoot(), 'pdf', 'errors', 'image-only.pdf')));
    const error = await extractPdf(bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isParseError(error) ? error.code : error).toBe('pdf_no_text');
    expect(isParseError(error) ? error.message : '').toMatch(
      /page 1 has no text layer and OCR could not read it \(the scan is \d+ dpi, too coarse to read\)/,
    );
    expect(liveOcrEngines()).toBe(0);
  });
});
