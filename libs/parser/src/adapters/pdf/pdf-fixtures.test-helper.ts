/** Locates the committed fixture PDFs and their truth files. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PdfTruth } from './truth-comparison.test-helper';

export const PDF_FIXTURE_DIR = resolve(__dirname, '..', '..', '..', 'fixtures', 'pdf');

export interface PdfFixture {
  name: string;
  path: string;
  truth: PdfTruth;
}

/** Every fixture PDF that has a truth file beside it. */
export function listPdfFixtures(dir: string = PDF_FIXTURE_DIR): PdfFixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.truth.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.truth\.json$/, '');
      return { name, path: join(dir, `${name}.pdf`), truth: JSON.parse(readFileSync(join(dir, file), 'utf8')) as PdfTruth };
    });
}

export function readFixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}
