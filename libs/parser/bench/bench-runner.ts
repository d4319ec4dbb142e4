/**
 * The measuring half of the benchmark, run as plain compiled JavaScript in its own process:
 *   compare <fixture-dir> <rounds>  rounds of pdfjs's own work alone (the floor: getTextContent + getOperatorList of
 *                                   every page) and of the full adapter over every fixture, interleaved in one process
 *   peak <file>                     parse one file once, report time and peak memory
 */
import { readFileSync } from 'node:fs';
import { extractPdf } from '../src/adapters/pdf/extract-pdf';
import { documentParameters, loadPdfjs, type Pdfjs } from '../src/adapters/pdf/pdfjs-runtime';
import { listPdfFixtures } from '../src/adapters/pdf/pdf-fixtures.test-helper';
import { compareWithTruth } from '../src/adapters/pdf/truth-comparison.test-helper';

/** One pass over every fixture: wall-clock and CPU milliseconds (user + system) of the whole process. */
export interface PassTime {
  wallMs: number;
  cpuMs: number;
}

export interface CompareResult {
  /** Per fixture: accuracy against its truth file, and the adapter's milliseconds per round. */
  fixtures: { name: string; path: string; pages: number; accuracy: number; times: number[] }[];
  /** Pages in one pass over every fixture. */
  pages: number;
  /** One entry per round. */
  floor: PassTime[];
  adapter: PassTime[];
  peakMb: number;
}

export interface PeakResult {
  ms: number;
  pages: number;
  rows: number;
  peakMb: number;
}

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

interface LoadedFixture {
  name: string;
  path: string;
  bytes: Uint8Array;
}

/** The floor for this stack: what pdfjs itself does for the adapter (open, text content and operator list per page). */
async function floorPass(pdfjs: Pdfjs, fixtures: readonly LoadedFixture[]): Promise<number> {
  let pages = 0;
  for (const f of fixtures) {
    const task = pdfjs.getDocument(documentParameters(new Uint8Array(f.bytes)));
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
      page.cleanup();
    }
    pages += doc.numPages;
    await task.destroy();
  }
  return pages;
}

async function adapterPass(fixtures: readonly LoadedFixture[], times: number[][]): Promise<void> {
  for (const [index, f] of fixtures.entries()) {
    const started = performance.now();
    await extractPdf(f.bytes);
    times[index]?.push(performance.now() - started);
  }
}

async function timed(work: () => Promise<unknown>): Promise<PassTime> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Floor and adapter measured in the same process, a round of each in turn (which goes first alternates), so both
 * see the same machine load, JIT state and heap. No collection is forced between rounds: `gc()` deoptimises code.
 */
async function compare(dir: string, rounds: number): Promise<CompareResult> {
  const pdfjs = await loadPdfjs();
  const listed = listPdfFixtures(dir);
  const fixtures = listed.map((f) => ({ name: f.name, path: f.path, bytes: new Uint8Array(readFileSync(f.path)) }));
  // The first passes warm up the JIT and pdfjs; the adapter's also checks its output against the truth.
  const results: CompareResult['fixtures'] = [];
  for (const [index, f] of fixtures.entries()) {
    const doc = await extractPdf(f.bytes);
    const truth = listed[index]?.truth;
    results.push({ name: f.name, path: f.path, pages: doc.pageCount ?? 0, accuracy: truth ? compareWithTruth(doc, truth).cellAccuracy : 0, times: [] });
  }
  const pages = await floorPass(pdfjs, fixtures);
  const times = results.map((r) => r.times);
  const floor: PassTime[] = [];
  const adapter: PassTime[] = [];
  for (let round = 0; round < rounds; round++) {
    const runFloor = async (): Promise<void> => void floor.push(await timed(() => floorPass(pdfjs, fixtures)));
    const runAdapter = async (): Promise<void> => void adapter.push(await timed(() => adapterPass(fixtures, times)));
    if (round % 2 === 0) {
      await runFloor();
      await runAdapter();
    } else {
      await runAdapter();
      await runFloor();
    }
  }
  return { fixtures: results, pages, floor, adapter, peakMb: peakMb() };
}

async function peak(file: string): Promise<PeakResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const started = performance.now();
  const doc = await extractPdf(bytes);
  return { ms: performance.now() - started, pages: doc.pageCount ?? 0, rows: doc.blocks.filter((b) => b.kind === 'row').length, peakMb: peakMb() };
}

async function main(): Promise<void> {
  const [mode, target, count] = process.argv.slice(2);
  if (mode === 'compare' && target) process.stdout.write(JSON.stringify(await compare(target, Number(count ?? 7))));
  else if (mode === 'peak' && target) process.stdout.write(JSON.stringify(await peak(target)));
  else throw new Error('usage: bench-runner compare <dir> <rounds> | peak <file>');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
