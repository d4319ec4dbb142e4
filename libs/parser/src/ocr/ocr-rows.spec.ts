import { describe, expect, it } from 'vitest';
import type { OcrEvidence, PageRegion } from '../model/extracted-document';
import type { ParsedRow } from '../model/parsed-submission';
import { markOcrRows } from './ocr-rows';

function region(page: number, x0: number, y0: number, x1: number, y1: number): PageRegion {
  return { page, x0, y0, x1, y1, pageWidth: 595, pageHeight: 842 };
}

function row(provision: string, page: number, statusRaw: string): ParsedRow {
  return {
    provision,
    canonicalProvisions: [],
    status: statusRaw === 'No' ? 'no' : 'yes',
    statusRaw,
    requirement: 'requirement',
    evidence: null,
    commentary: null,
    confidence: 1,
    warnings: [],
    source: { pages: [page], regions: [region(page, 50, 600, 550, 700)] },
  };
}

describe("rows read from OCR'd pages", () => {
  const evidence: OcrEvidence = {
    pages: [2],
    words: [
      { text: 'Yes', confidence: 96, region: region(2, 300, 680, 320, 690) },
      { text: 'No', confidence: 61, region: region(2, 300, 680, 320, 690) },
    ],
  };

  it('lowers the confidence of every OCR row and flags an answer read unsurely', () => {
    const rows = [row('1.2', 1, 'Yes'), row('1.3', 2, 'Yes'), row('1.4', 2, 'No')];
    markOcrRows(rows, evidence);
    expect(rows.map((r) => r.confidence)).toEqual([1, 0.8, 0.45]);
    expect(rows[0]?.warnings).toEqual([]);
    expect(rows[1]?.warnings).toEqual([]);
    expect(rows[2]?.warnings.map((w) => w.code)).toEqual(['status_ocr_guess']);
    expect(rows[2]?.warnings[0]?.message).toContain('61%');
  });

  it('flags an answer it cannot find among the words read', () => {
    const rows = [row('1.5', 2, 'Partially')];
    markOcrRows(rows, evidence);
    expect(rows[0]?.warnings.map((w) => w.code)).toEqual(['status_ocr_guess']);
  });

  it('changes nothing without OCR', () => {
    const rows = [row('1.2', 1, 'Yes')];
    markOcrRows(rows, undefined);
    expect(rows[0]?.confidence).toBe(1);
  });
});
