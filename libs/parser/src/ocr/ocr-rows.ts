/**
 * Rows read from OCR'd pages are less certain than rows read from a text layer: every one gets a lower
 * confidence, and a row whose answer tesseract itself was unsure of is flagged, so that a misread answer
 * is never passed on as if it had been printed.
 */
import type { OcrEvidence, PageRegion } from '../model/extracted-document';
import type { ParsedRow } from '../model/parsed-submission';

/** Every OCR'd row's confidence is scaled by this. */
export const OCR_CONFIDENCE_FACTOR = 0.8;
/** An answer word read with less certainty than this (0–100) flags its row. */
export const UNSURE_ANSWER_CONFIDENCE = 85;
/** The confidence of a flagged row is at most this. */
const FLAGGED_CONFIDENCE = 0.45;

type OcrWord = OcrEvidence['words'][number];

function centreInside(word: PageRegion, area: PageRegion): boolean {
  if (word.page !== area.page) return false;
  const x = (word.x0 + word.x1) / 2;
  const y = (word.y0 + word.y1) / 2;
  return x >= area.x0 - 1 && x <= area.x1 + 1 && y >= area.y0 - 1 && y <= area.y1 + 1;
}

function comparableWord(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}/]/gu, '');
}

function rowPages(row: ParsedRow): number[] {
  return row.source.pages ?? row.source.regions?.map((r) => r.page) ?? [];
}

/** The words of the row that spell its answer cell (its first few words, in case the cell says more). */
function answerWords(row: ParsedRow, words: readonly OcrWord[]): OcrWord[] {
  if (!row.statusRaw) return [];
  const wanted = new Set(
    row.statusRaw
      .split(/\s+/)
      .slice(0, 4)
      .map(comparableWord)
      .filter((w) => w !== ''),
  );
  const regions = row.source.regions ?? [];
  return words.filter(
    (word) =>
      wanted.has(comparableWord(word.text)) && regions.some((region) => centreInside(word.region, region)),
  );
}

/** Lowers the confidence of rows taken from OCR'd pages and flags those whose answer was read unsurely. Changes `rows` in place. */
export function markOcrRows(rows: ParsedRow[], evidence: OcrEvidence | undefined): void {
  if (!evidence || evidence.pages.length === 0) return;
  const ocrPages = new Set(evidence.pages);
  for (const row of rows) {
    if (!rowPages(row).some((page) => ocrPages.has(page))) continue;
    row.confidence = Math.round(row.confidence * OCR_CONFIDENCE_FACTOR * 100) / 100;
    if (row.status === 'unknown' || row.status === 'missing') continue;
    const found = answerWords(row, evidence.words);
    const certainty = found.length > 0 ? Math.min(...found.map((w) => w.confidence)) : 0;
    if (certainty >= UNSURE_ANSWER_CONFIDENCE) continue;
    row.confidence = Math.min(row.confidence, FLAGGED_CONFIDENCE);
    if (row.warnings.some((w) => w.code === 'status_ocr_guess')) continue;
    row.warnings.push({
      code: 'status_ocr_guess',
      message:
        found.length > 0
          ? `The answer "${row.statusRaw ?? ''}" was read by OCR with low certainty (${Math.round(certainty)}%): check it against the document.`
          : `The answer "${row.statusRaw ?? ''}" was read by OCR and could not be matched to a word on the page: check it against the document.`,
    });
  }
}
