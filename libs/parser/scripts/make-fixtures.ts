import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusDoc } from './fixture-corpus';
import { combinedColumnDoc, noHeaderDoc, theadSpansDoc } from './fixture-layouts-html';
import { FIXTURE_OUTPUT, fixtureSource } from './fixture-paths';
import { fiveColumnDoc, fourColumn2022Doc, mergedCellsDoc, severalTablesDoc } from './fixture-layouts-docx';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { extraColumns, missingSection, tickMarks } from './layout-docs-html';
import { numberVariants, statusAfterEvidence, summaryFirst } from './layout-docs-markdown';
import { pipeText, statusLast } from './layout-docs-plain';
import { spaceAligned, spaceAligned2022, spaceAlignedDrift, spaceAlignedExtra } from './layout-docs-spaced';
import { obligationColumn2022, oneTableSections, summaryAppendix } from './layout-docs-word';
import { renderMarkdown, renderSeparated, renderSpaced } from './render-text';
import type { LayoutFixture } from './layout-fixture';

// Rebuilds the Word, HTML, Markdown and plain-text fixtures with their truth files (PDFs, spreadsheets and
// scans come from pdf/generate-fixtures.ts and ocr/make-scan-fixtures.ts):
//   node --conditions=@app/source --import tsx libs/parser/scripts/make-fixtures.ts [adapters|layouts]
// FIXTURES_OUT=<dir> writes them there instead of under libs/parser/fixtures (fixture-paths.ts).

interface Family {
  /** fixtures/docx and fixtures/html: the corpus documents retyped, and the table layouts of the adapters. */
  name: 'adapters' | 'layouts';
  fixtures(): Promise<LayoutFixture[]>;
  /** The truth file names its document. */
  namesFile: boolean;
  maxBytes?: number;
}

const FAMILIES: Family[] = [
  {
    name: 'adapters',
    namesFile: false,
    async fixtures() {
      const corpus = fixtureSource('corpus');
      const stems = readdirSync(corpus)
        .filter((f) => f.endsWith('.truth.json'))
        .map((f) => f.replace('.truth.json', ''));
      const docs = await Promise.all(stems.map((stem) => corpusDoc(corpus, stem)));
      docs.push(fiveColumnDoc(), fourColumn2022Doc(), mergedCellsDoc(), severalTablesDoc());
      docs.push(theadSpansDoc(), combinedColumnDoc(), noHeaderDoc());
      return docs.map((doc) => ({ doc, plainHtml: doc.name.includes('no-header') }));
    },
  },
  {
    // Layouts landlords use that the corpus does not show.
    name: 'layouts',
    namesFile: true,
    maxBytes: 60 * 1024,
    async fixtures() {
      return [
        oneTableSections(),
        extraColumns(),
        obligationColumn2022(),
        missingSection(),
        summaryAppendix(),
        tickMarks(),
        statusAfterEvidence(),
        spaceAligned(),
        spaceAligned2022(),
        pipeText(),
        numberVariants(),
        statusLast(),
        summaryFirst(),
        spaceAlignedExtra(),
        spaceAlignedDrift(),
      ];
    },
  },
];

async function render(fixture: LayoutFixture): Promise<Buffer> {
  const { doc } = fixture;
  switch (doc.format) {
    case 'docx':
      return renderDocx(doc);
    case 'html':
      return Buffer.from(renderHtml(doc, { thead: true, richMarkup: !fixture.plainHtml }), 'utf8');
    case 'md':
      return Buffer.from(renderMarkdown(doc), 'utf8');
    case 'txt':
      if (fixture.spaced) return Buffer.from(renderSpaced(doc, fixture.spaced), 'utf8');
      return Buffer.from(renderSeparated(doc, fixture.separator ?? '\t'), 'utf8');
  }
}

async function write(fixture: LayoutFixture, family: Family): Promise<void> {
  const { doc } = fixture;
  const file = `${doc.name}.${doc.format}`;
  const bytes = await render(fixture);
  if (family.maxBytes && bytes.length > family.maxBytes) {
    throw new Error(
      `${file} is ${Math.round(bytes.length / 1024)} KB; keep fixtures under ${family.maxBytes / 1024} KB`,
    );
  }
  const path = join(FIXTURE_OUTPUT, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  const truth = family.namesFile ? { file: file.split('/').pop(), ...doc.truth } : doc.truth;
  writeFileSync(join(FIXTURE_OUTPUT, `${doc.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
  process.stdout.write(`${file}  ${Math.round(bytes.length / 1024)} KB, ${doc.truth.rows.length} rows\n`);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const families = FAMILIES.filter((family) => !only || family.name === only);
  if (families.length === 0) throw new Error(`No fixture family "${only}": use adapters or layouts.`);
  for (const family of families) {
    for (const fixture of await family.fixtures()) await write(fixture, family);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
