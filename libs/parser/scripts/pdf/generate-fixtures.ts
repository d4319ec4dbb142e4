/**
 * Regenerates libs/parser/fixtures/pdf: every fixture PDF with its truth file, plus the error-case PDFs.
 * Needs Chromium, LibreOffice, qpdf and poppler-utils; see README.md in this folder. CI never runs it.
 *
 *   node --import tsx libs/parser/scripts/pdf/generate-fixtures.ts [name-filter]
 *
 * FIXTURES_OUT=<dir> writes under that directory instead (`pdf/`, `families/`); sources are still read from
 * libs/parser/fixtures (fixture-paths.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_OUTPUT, fixtureSource } from '../fixture-paths';
import { readCorpusDocument } from './corpus-tables';
import { FAMILY_SPECS } from './family-specs';
import { FIXTURE_SPECS, SIBLING_FIXTURES, type FixtureSpec } from './fixture-specs';
import { buildTruth } from './fixture-truth';
import type { FixtureDocument } from '../fixture-model';
import { renderStyledDocx } from '../render-docx';
import { renderStyledHtml } from '../render-html';
import { renderOds, renderXlsx } from '../render-sheets';
import { ChromiumPrinter, compact, encrypt, libreOfficeToPdf, pageCount, rotatePages } from './producers';

const OUT = join(FIXTURE_OUTPUT, 'pdf');
const ERRORS = join(OUT, 'errors');
/** Documents of our own in formats other than PDF. */
const FAMILIES = join(FIXTURE_OUTPUT, 'families');

async function produce(spec: FixtureSpec, printer: ChromiumPrinter): Promise<void> {
  const base = spec.document ? spec.document() : readCorpusDocument(fixtureSource('corpus', `${spec.corpus ?? ''}.txt`), fixtureSource('corpus', `${spec.corpus ?? ''}.truth.json`));
  const doc = spec.select ? spec.select(base) : base;
  const file = await renderFile(spec.render, doc);
  if (file) {
    mkdirSync(FAMILIES, { recursive: true });
    writeFileSync(join(FAMILIES, `${spec.name}.${file.extension}`), file.bytes);
    const truth = buildTruth(`${spec.name}.${file.extension}`, spec.truth ? spec.truth() : doc, file.extension, spec.description, true);
    writeFileSync(join(FAMILIES, `${spec.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
    console.log(`families/${spec.name}.${file.extension}: ${truth.rows.length} rows`);
    return;
  }
  const out = join(OUT, `${spec.name}.pdf`);
  switch (spec.render.kind) {
    case 'chromium':
      await printer.print(renderStyledHtml(doc, spec.render.layout), out, spec.render.print);
      break;
    case 'libreoffice-html':
      libreOfficeToPdf(Buffer.from(renderStyledHtml(doc, spec.render.layout)), '.html', out, spec.render.tagged);
      break;
    case 'libreoffice-docx':
      libreOfficeToPdf(await renderStyledDocx(doc, spec.render.layout), '.docx', out, spec.render.tagged);
      break;
    case 'xlsx':
    case 'ods':
    case 'docx':
    case 'html':
      return; // written by renderFile above
  }
  for (const rotation of spec.rotate ?? []) rotatePages(out, rotation.degrees, rotation.pages);
  compact(out);
  const truth = buildTruth(`${spec.name}.pdf`, spec.truth ? spec.truth() : doc, spec.render.kind, spec.description, spec.document !== undefined);
  writeFileSync(join(OUT, `${spec.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
  const size = Math.round(statSync(out).size / 1024);
  console.log(`${spec.name}.pdf: ${pageCount(out)} pages, ${size} KB, ${truth.rows.length} rows`);
}

/** Documents kept in their own format (Excel, Word, HTML) rather than printed; null for the PDF producers. */
async function renderFile(render: FixtureSpec['render'], doc: FixtureDocument): Promise<{ extension: string; bytes: Buffer | string } | null> {
  switch (render.kind) {
    case 'xlsx':
      return { extension: 'xlsx', bytes: await renderXlsx(doc, render.layout) };
    case 'ods':
      return { extension: 'ods', bytes: renderOds(doc, render.layout) };
    case 'docx':
      return { extension: 'docx', bytes: await renderStyledDocx(doc, render.layout) };
    case 'html': {
      const page = renderStyledHtml(doc, render.layout);
      return { extension: 'html', bytes: render.savedFrom ? `<!-- saved from url=(${String(render.savedFrom.length).padStart(4, '0')})${render.savedFrom} -->\n${page}` : page };
    }
    default:
      return null;
  }
}

async function produceErrorCases(printer: ChromiumPrinter): Promise<void> {
  mkdirSync(ERRORS, { recursive: true });
  // The first fixture as this run printed it, or as committed when this run printed only the error cases elsewhere.
  const first = `${FIXTURE_SPECS[0]?.name ?? ''}.pdf`;
  const source = existsSync(join(OUT, first)) ? join(OUT, first) : fixtureSource('pdf', first);

  // A scan: one page image and no text layer at all.
  const scan = join(ERRORS, 'scan');
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-gray', '-jpeg', '-jpegopt', 'quality=40', '-singlefile', source, scan]);
  const image = readFileSync(`${scan}.jpg`).toString('base64');
  rmSync(`${scan}.jpg`);
  const html = `<!doctype html><html><head><style>@page{size:A4;margin:0}body{margin:0}img{width:210mm;height:297mm;display:block}</style></head><body><img src="data:image/jpeg;base64,${image}"></body></html>`;
  await printer.print(html, join(ERRORS, 'image-only.pdf'));
  compact(join(ERRORS, 'image-only.pdf'));

  // Encrypted with a user password: unreadable without it.
  encrypt(source, join(ERRORS, 'encrypted.pdf'), 'landlord');
  console.log('errors/image-only.pdf, errors/encrypted.pdf');
}

/**
 * The Word and HTML fixtures of the other adapters, printed to PDF as they are. Their truth files carry
 * over unchanged apart from the file name, since printing does not change the cells' text.
 */
async function produceFromSiblings(printer: ChromiumPrinter, filter: string | undefined): Promise<void> {
  for (const sibling of SIBLING_FIXTURES.filter((s) => !filter || s.name.includes(filter))) {
    const source = fixtureSource(sibling.format, `${sibling.source}.${sibling.format}`);
    if (!existsSync(source)) {
      console.log(`${sibling.name}: ${source} not found, skipped`);
      continue;
    }
    const out = join(OUT, `${sibling.name}.pdf`);
    if (sibling.format === 'docx') libreOfficeToPdf(source, '.docx', out);
    else await printer.print(readFileSync(source, 'utf8'), out, { runningHeader: sibling.runningHeader });
    compact(out);
    const truth = JSON.parse(readFileSync(fixtureSource(sibling.format, `${sibling.source}.truth.json`), 'utf8')) as Record<string, unknown>;
    const producer = sibling.format === 'docx' ? 'libreoffice-docx' : 'chromium';
    const rendered = { ...truth, file: `${sibling.name}.pdf`, producer, layout: `${sibling.format}/${sibling.source}.${sibling.format} printed as it is` };
    writeFileSync(join(OUT, `${sibling.name}.truth.json`), `${JSON.stringify(rendered, null, 1)}\n`);
    console.log(`${sibling.name}.pdf: ${pageCount(out)} pages, ${Math.round(statSync(out).size / 1024)} KB`);
  }
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  mkdirSync(OUT, { recursive: true });
  const printer = await ChromiumPrinter.launch();
  try {
    for (const spec of [...FIXTURE_SPECS, ...FAMILY_SPECS].filter((s) => !filter || s.name.includes(filter))) await produce(spec, printer);
    await produceFromSiblings(printer, filter);
    if (!filter || filter === 'errors') await produceErrorCases(printer);
  } finally {
    await printer.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
