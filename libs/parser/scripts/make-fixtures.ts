import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusDoc } from './fixture-corpus';
import type { FixtureDoc } from './fixture-model';
import { combinedColumnDoc, noHeaderDoc, theadSpansDoc } from './fixture-layouts-html';
import { fiveColumnDoc, fourColumn2022Doc, mergedCellsDoc, severalTablesDoc } from './fixture-layouts-docx';
import { renderDocx } from './fixture-render-docx';
import { renderHtml } from './fixture-render-html';

// Rebuilds libs/parser/fixtures/docx and fixtures/html with their truth files:
//   npx tsx --conditions=@app/source libs/parser/scripts/make-fixtures.ts
const FIXTURES = join(__dirname, '..', 'fixtures');
const CORPUS = join(FIXTURES, 'corpus');

async function main(): Promise<void> {
  const stems = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.truth.json'))
    .map((f) => f.replace('.truth.json', ''));
  const docs: FixtureDoc[] = [];
  for (const stem of stems) docs.push(await corpusDoc(CORPUS, stem));
  docs.push(fiveColumnDoc(), fourColumn2022Doc(), mergedCellsDoc(), severalTablesDoc(), theadSpansDoc(), combinedColumnDoc(), noHeaderDoc());

  for (const doc of docs) {
    const path = join(FIXTURES, `${doc.name}.${doc.format}`);
    mkdirSync(dirname(path), { recursive: true });
    const bytes =
      doc.format === 'docx'
        ? await renderDocx(doc)
        : Buffer.from(renderHtml(doc, { thead: true, richMarkup: !doc.name.includes('no-header') }), 'utf8');
    writeFileSync(path, bytes);
    writeFileSync(join(FIXTURES, `${doc.name}.truth.json`), `${JSON.stringify(doc.truth, null, 1)}\n`);
    process.stdout.write(`${doc.name}.${doc.format}  ${Math.round(bytes.length / 1024)} KB, ${doc.truth.rows.length} rows\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
