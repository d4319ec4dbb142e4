/**
 * A held-out check of the PDF path on layouts no fixture has: each seed draws a table style at random (borders,
 * vertical alignment, header alignment and repetition, padding, font, size, orientation, column widths, one table or
 * one per section), typesets a wrapped-evidence document in it, prints it with Chromium and scores the parse against
 * the document's own truth. Nothing is written to the fixtures; failing seeds keep their PDF in a temporary folder.
 *
 *   npm run -s eval:random-layouts [-- --seeds 24 --from 1]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSubmission } from '../../src/parse-submission';
import { scoreDocument } from '../../src/eval/compare';
import type { Truth } from '../../src/eval/truth';
import { picker } from '../picker';
import { renderStyledHtml, type HtmlLayout } from '../render-html';
import { wrappedEvidenceDocument } from './family-documents';
import { buildTruth } from './fixture-truth';
import { ChromiumPrinter } from './producers';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function randomLayout(seed: number): { layout: HtmlLayout; sections: number[]; longShare: number } {
  const { next, pick } = picker(seed * 7919);
  // Every column keeps room for its header word at the largest size drawn ("Provision", "Compliant?" in 12pt bold):
  // a fixed-layout table lets a longer word run into the next column, which no real form does. The commentary
  // takes what is left, 15% at the least.
  const widths = [pick([12, 14]), pick([24, 28, 30]), pick([13, 15]), pick([22, 26])];
  const layout: HtmlLayout = {
    orientation: pick(['portrait', 'portrait', 'landscape'] as const),
    borders: pick(['grid', 'rules', 'none', 'none'] as const),
    bullets: pick(['marker', 'shape', 'glyph'] as const),
    fontFamily: pick(['Liberation Sans', 'Liberation Serif', 'DejaVu Sans']),
    fontSizePt: pick([8, 9, 10, 11, 12]),
    shadedHeader: next() < 0.3,
    titleRow: false,
    columnWidths: [...widths, 100 - widths.reduce((a, b) => a + b, 0)],
    verticalAlign: pick(['top', 'middle'] as const),
    cellPaddingPt: pick([0, 1, 3, 5]),
    cellPaddingXPt: pick([1, 3, 5]),
    headerAlign: pick(['left', 'center'] as const),
    repeatHeader: next() < 0.5,
  };
  const sections = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter(() => next() < 0.5);
  return { layout, sections: sections.length > 0 ? sections : [5, 6], longShare: pick([0.1, 0.3, 0.5]) };
}

async function main(): Promise<void> {
  const seeds = option('seeds', 12);
  const from = option('from', 1);
  const dir = mkdtempSync(join(tmpdir(), 'random-layouts-'));
  const printer = await ChromiumPrinter.launch();
  let cells = 0;
  let right = 0;
  let statusWrong = 0;
  let failing = 0;
  try {
    for (let seed = from; seed < from + seeds; seed++) {
      const { layout, sections, longShare } = randomLayout(seed);
      const doc = wrappedEvidenceDocument({
        landlord: 'Random Layout Homes',
        year: 2024,
        seed,
        sections,
        longShare,
      });
      const file = join(dir, `seed-${seed}.pdf`);
      await printer.print(renderStyledHtml(doc, layout), file);
      const truth = buildTruth(file, doc, 'chromium', 'random', true) as unknown as Truth;
      const parsed = await parseSubmission(new Uint8Array(readFileSync(file)), { filename: file });
      const score = scoreDocument(parsed, truth);
      const exact = {
        matched: score.evidenceExact.matched + score.commentaryExact.matched,
        total: score.evidenceExact.total + score.commentaryExact.total,
      };
      cells += exact.total;
      right += exact.matched;
      const wrongStatuses = score.provisionsExpected - score.statusCorrect;
      statusWrong += wrongStatuses;
      const ok = exact.matched === exact.total && wrongStatuses === 0 && score.provisionAccuracy === 1;
      if (!ok) failing++;
      const style = `${layout.orientation} ${layout.borders} ${layout.verticalAlign} header-${layout.headerAlign}${layout.repeatHeader ? '-repeated' : ''} pad ${layout.cellPaddingPt}/${layout.cellPaddingXPt} ${layout.fontSizePt}pt`;
      console.log(
        `${ok ? 'ok  ' : 'FAIL'} seed ${seed}  ${style}: provisions ${(score.provisionAccuracy * 100).toFixed(1)}%, answers ${score.statusCorrect}/${score.provisionsExpected} (${score.unflaggedErrors} wrong without a warning), evidence and commentary exact ${exact.matched}/${exact.total}${ok ? '' : `  (${file})`}`,
      );
    }
  } finally {
    await printer.close();
    if (failing === 0) rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\n${seeds - failing}/${seeds} random layouts read whole; evidence and commentary cells exact ${right}/${cells} (${((100 * right) / Math.max(1, cells)).toFixed(1)}%); ${statusWrong} answer(s) wrong.`,
  );
}

void main();
