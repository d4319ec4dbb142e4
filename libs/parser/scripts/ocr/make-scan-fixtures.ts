/**
 * Builds libs/parser/fixtures/pdf/scans: scans of a few pages of the ruled PDF fixtures (pdftoppm at
 * 150 dpi, grey JPEG, then img2pdf, as a scanner or a phone app would), a document mixing printed and
 * scanned pages, and a printed document with one page that is a picture of the form under a heading.
 * Truth comes from the source fixture's truth: the rows the same pages hold when printed.
 * Needs poppler-utils (pdftoppm, pdfseparate, pdfunite) and img2pdf. CI never runs it.
 *
 *   node --conditions=@app/source --import tsx libs/parser/scripts/ocr/make-scan-fixtures.ts
 *
 * FIXTURES_OUT=<dir> writes the scans under <dir>/pdf/scans; the source PDFs are always the committed ones.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { comparable } from '../../src/eval/compare';
import { FIXTURE_OUTPUT, fixtureSource } from '../fixture-paths';
import { parseSubmission } from '../../src/parse-submission';
import { pictureUnderHeadingPdf } from './picture-page-pdf';

const SOURCES = fixtureSource('pdf');
const OUT = join(FIXTURE_OUTPUT, 'pdf', 'scans');
const DPI = 150;

interface ScanSpec {
  name: string;
  source: string;
  pages: number[];
  /** Pages (of the source) turned into images; the others keep their text. */
  scanned: number[];
  /** A page shown as a picture of the form under a typed heading, inside a text PDF. */
  pictured?: number;
  description: string;
}

const SPECS: ScanSpec[] = [
  {
    name: 'scan-libreoffice-five-column',
    source: 'docx-five-column-libreoffice',
    pages: [5, 6, 7],
    scanned: [5, 6, 7],
    description:
      'Pages 5-7 of a ruled five-column 2024 form (LibreOffice from Word) scanned at 150 dpi grey: no text layer; Yes, No, Partial and a blank answer',
  },
  {
    name: 'scan-chromium-grid',
    source: 'corpus-001-chromium-grid',
    pages: [9, 10, 11],
    scanned: [9, 10, 11],
    description:
      'Pages 9-11 of a ruled 2024 form (Chromium, filled-rectangle borders, shaded header) scanned at 150 dpi grey: no text layer',
  },
  {
    name: 'mixed-text-and-scan',
    source: 'corpus-000-libreoffice-docx-grid',
    pages: [10, 11, 12],
    scanned: [11],
    description:
      'Pages 10-12 of a ruled 2024 form (LibreOffice, stroked grid): pages 10 and 12 printed, page 11 scanned at 150 dpi grey',
  },
  {
    name: 'picture-of-form-in-text-pdf',
    source: 'corpus-004-chromium-rules-landscape',
    pages: [6, 7, 8],
    scanned: [],
    pictured: 7,
    description:
      'Pages 6-8 of a 2024 form with horizontal rules and Y/N answers; page 7 is a typed heading over a 150 dpi picture of the page',
  },
];

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function pageImage(source: string, page: number, work: string): string {
  const prefix = join(work, `p${page}`);
  run('pdftoppm', [
    '-r',
    String(DPI),
    '-gray',
    '-jpeg',
    '-jpegopt',
    'quality=50',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    source,
    prefix,
  ]);
  return `${prefix}.jpg`;
}

function pagePdf(source: string, page: number, spec: ScanSpec, work: string): string {
  const out = join(work, `page-${page}.pdf`);
  if (spec.scanned.includes(page)) {
    run('img2pdf', ['--imgsize', `${DPI}dpi`, '-o', out, pageImage(source, page, work)]);
  } else if (spec.pictured === page) {
    writeFileSync(
      out,
      pictureUnderHeadingPdf(
        readFileSync(pageImage(source, page, work)),
        DPI,
        'The table continues on this page as an image of the signed form.',
      ),
    );
  } else {
    run('pdfseparate', ['-f', String(page), '-l', String(page), source, out]);
  }
  return out;
}

function unite(parts: string[], out: string): void {
  if (parts.length === 1) writeFileSync(out, readFileSync(parts[0] ?? ''));
  else run('pdfunite', [...parts, out]);
}

interface SourceTruthRow {
  provision: string;
  evidence?: string | null;
  commentary?: string | null;
  requirement?: string;
  [key: string]: unknown;
}

async function build(spec: ScanSpec, work: string): Promise<void> {
  const source = join(SOURCES, `${spec.source}.pdf`);
  const sourceTruth = JSON.parse(readFileSync(join(SOURCES, `${spec.source}.truth.json`), 'utf8')) as {
    rows: SourceTruthRow[];
    codeVersion: string;
  };
  const printedPath = join(work, `${spec.name}-printed.pdf`);
  unite(
    spec.pages.map((page) => {
      const out = join(work, `printed-${page}.pdf`);
      run('pdfseparate', ['-f', String(page), '-l', String(page), source, out]);
      return out;
    }),
    printedPath,
  );
  // The rows these pages hold when printed; a row cut at either end keeps its status but not its texts.
  const printed = await parseSubmission(new Uint8Array(readFileSync(printedPath)), { filename: printedPath });
  const present = new Set(printed.rows.map((row) => row.provision));
  const rows = sourceTruth.rows
    .filter((row) => present.has(row.provision))
    .map((row) => {
      const parsed = printed.rows.find((r) => r.provision === row.provision);
      const whole =
        parsed &&
        comparable(parsed.evidence) === comparable(row.evidence) &&
        comparable(parsed.commentary) === comparable(row.commentary);
      if (whole) return row;
      const { evidence: _evidence, commentary: _commentary, requirement: _requirement, ...rest } = row;
      return { ...rest, notes: 'cut by the page range: status only' };
    });
  unite(
    spec.pages.map((page) => pagePdf(source, page, spec, work)),
    join(OUT, `${spec.name}.pdf`),
  );
  const truth = {
    file: `${spec.name}.pdf`,
    source: `${spec.source}.pdf`,
    description: spec.description,
    // Landlord, year and date as the same pages state them when printed.
    landlord: printed.landlordName,
    codeVersion: sourceTruth.codeVersion,
    assessmentYear: printed.assessmentYear,
    assessmentDate: printed.assessmentDate,
    target: { statusAccuracy: 0.95, provisionAccuracy: 0.95 },
    rows,
  };
  writeFileSync(join(OUT, `${spec.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
  console.log(`${spec.name}.pdf: ${spec.pages.length} pages, ${rows.length} rows`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const filter = process.argv[2];
  for (const spec of SPECS.filter((s) => !filter || s.name.includes(filter))) {
    const work = mkdtempSync(join(tmpdir(), 'scan-fixture-'));
    try {
      await build(spec, work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
