/** The PDF producers the fixtures come from: Chromium's print-to-PDF and LibreOffice's export. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface PrintOptions {
  /** Running header text and "Page N of M" footer drawn by the browser in the page margins. */
  runningHeader?: string;
  tagged?: boolean;
}

export class ChromiumPrinter {
  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<ChromiumPrinter> {
    const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    return new ChromiumPrinter(browser);
  }

  async print(html: string, out: string, options: PrintOptions = {}): Promise<void> {
    const page = await this.browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const small = 'font-size:7pt;font-family:Liberation Sans;width:100%;margin:0 14mm;';
      await page.pdf({
        path: out,
        preferCSSPageSize: true,
        printBackground: true,
        // Used when the page sets no @page margin, so the running header has room.
        margin: { top: '16mm', bottom: '16mm', left: '12mm', right: '12mm' },
        tagged: options.tagged ?? false,
        outline: false,
        displayHeaderFooter: options.runningHeader !== undefined,
        headerTemplate: `<div style="${small}text-align:right;">${options.runningHeader ?? ''}</div>`,
        footerTemplate: `<div style="${small}text-align:center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
      });
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** Converts a DOCX or HTML file with LibreOffice headless; a private profile keeps runs independent. */
export function libreOfficeToPdf(input: Buffer | string, extension: '.docx' | '.html', out: string, tagged = false): void {
  const work = mkdtempSync(join(tmpdir(), 'pdf-fixture-'));
  try {
    const source = join(work, `document${extension}`);
    if (typeof input === 'string' && extname(input) === extension) copyFileSync(input, source);
    else writeFileSync(source, input);
    const filter = tagged ? 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}' : 'pdf:writer_pdf_Export';
    const target = extension === '.html' ? `${filter.replace('writer_pdf_Export', 'writer_web_pdf_Export')}` : filter;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', target, '--outdir', work, source],
      { stdio: 'pipe', timeout: 180_000 },
    );
    copyFileSync(join(work, `${basename(source, extension)}.pdf`), out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Sets /Rotate on the given pages (qpdf page ranges, e.g. "2,4"). The content itself is untouched. */
export function rotatePages(file: string, degrees: 90 | 180 | 270, pages: string): void {
  const tmp = `${file}.tmp`;
  execFileSync('qpdf', [file, `--rotate=+${degrees}:${pages}`, tmp], { stdio: 'pipe' });
  copyFileSync(tmp, file);
  rmSync(tmp);
}

/** AES-256 with a user password, so nothing can be read without it. */
export function encrypt(file: string, out: string, userPassword: string): void {
  execFileSync('qpdf', ['--encrypt', userPassword, `${userPassword}-owner`, '256', '--', file, out], { stdio: 'pipe' });
}

/** Rewrites a PDF with object streams and recompressed streams, to keep committed fixtures small. */
export function compact(file: string): void {
  if (!hasQpdf()) return;
  const tmp = `${file}.tmp`;
  execFileSync('qpdf', ['--object-streams=generate', '--compress-streams=y', '--recompress-flate', '--compression-level=9', file, tmp], {
    stdio: 'pipe',
  });
  copyFileSync(tmp, file);
  rmSync(tmp);
}

export function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

let qpdfFound: boolean | undefined;

/** qpdf only makes the committed files smaller; without it they are kept as the producer wrote them. */
function hasQpdf(): boolean {
  if (qpdfFound === undefined) {
    try {
      execFileSync('qpdf', ['--version'], { stdio: 'pipe' });
      qpdfFound = true;
    } catch {
      qpdfFound = false;
      console.log('qpdf not found: PDFs are not compacted');
    }
  }
  return qpdfFound;
}
