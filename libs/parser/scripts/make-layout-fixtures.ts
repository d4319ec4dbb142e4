import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderDocx } from './fixture-render-docx';
import { renderHtml } from './fixture-render-html';
import { extraColumns, missingSection, tickMarks } from './layout-docs-html';
import { numberVariants, statusAfterEvidence, summaryFirst } from './layout-docs-markdown';
import { pipeText, statusLast } from './layout-docs-plain';
import { spaceAligned, spaceAligned2022, spaceAlignedDrift, spaceAlignedExtra } from './layout-docs-spaced';
import { obligationColumn2022, oneTableSections, summaryAppendix } from './layout-docs-word';
import { renderMarkdown, renderSeparated, renderSpaced } from './layout-render-text';
import type { LayoutFixture } from './layout-table';

// Rebuilds libs/parser/fixtures/layouts with truth files: layouts landlords use that the corpus does not show.
//   node --conditions=@app/source --import tsx libs/parser/scripts/make-layout-fixtures.ts
const FIXTURES = join(__dirname, '..', 'fixtures');
const MAX_BYTES = 60 * 1024;

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

async function main(): Promise<void> {
  const fixtures: LayoutFixture[] = [
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
  for (const fixture of fixtures) {
    const { doc } = fixture;
    const file = `${doc.name}.${doc.format}`;
    const bytes = await render(fixture);
    if (bytes.length > MAX_BYTES)
      throw new Error(
        `${file} is ${Math.round(bytes.length / 1024)} KB; keep fixtures under ${MAX_BYTES / 1024} KB`,
      );
    const path = join(FIXTURES, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    const truth = { file: file.split('/').pop(), ...doc.truth };
    writeFileSync(join(FIXTURES, `${doc.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`);
    process.stdout.write(`${file}  ${Math.round(bytes.length / 1024)} KB, ${doc.truth.rows.length} rows\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
