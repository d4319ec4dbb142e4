import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** A real self-assessment printed to PDF (Octavia Housing, 2024 Code); the text corpus copy when PDFs are not available. */
export function selfAssessmentFixture(): { path: string; isPdf: boolean } {
  const pdf = resolve(ROOT, 'libs/parser/fixtures/pdf/corpus-001-chromium-grid.pdf');
  if (existsSync(pdf) && process.env['E2E_TEXT_ONLY'] !== '1') return { path: pdf, isPdf: true };
  return { path: resolve(ROOT, 'libs/parser/fixtures/corpus/001_95dbe0d9508a35d5.txt'), isPdf: false };
}

/** A text self-assessment (Kingston Council), for the non-PDF source view. */
export const TEXT_FIXTURE = resolve(ROOT, 'libs/parser/fixtures/corpus/002_d882b0485b76ad96.txt');

/** A password-protected PDF, when the PDF fixtures are present. */
export const ENCRYPTED_PDF = resolve(ROOT, 'libs/parser/fixtures/pdf/errors/encrypted.pdf');
