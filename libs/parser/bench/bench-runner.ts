/**
 * The measuring half of the benchmark, run as plain compiled JavaScript in its own process:
 *   throughput <fixture-dir> <iterations>  parse every fixture repeatedly, report times and accuracy
 *   peak <file>                            parse one file once, report time and peak memory
 *   floor <fixture-dir> <iterations>       pdfjs's own work alone: getTextContent + getOperatorList of every page
 */
import { readFileSync } from 'node:fs';
import { extractPdf } from '../src/adapters/pdf/extract-pdf';
import { documentParameters, loadPdfjs } from '../src/adapters/pdf/pdfjs-runtime';
import { listPdfFixtures } from '../src/adapters/pdf/pdf-fixtures.test-helper';
import { compareWithTruth } from '../src/adapters/pdf/truth-comparison.test-helper';

export interface ThroughputResult {
  fixtures: { name: string; path: string; pages: number; accuracy: number; times: number[] }[];
  cpuMs: number;
  peakMb: number;
}

export interface PeakResult {
  ms: number;
  pages: number;
  rows: number;
  peakMb: number;
}

const peakMb = (): number => process.resourceUsage().maxRSS / 1024;

async function throughput(dir: string, iterations: number): Promise<ThroughputResult> {
  const fixtures = listPdfFixtures(dir).map((f) => ({ ...f, bytes: new Uint8Array(readFileSync(f.path)) }));
  const results: ThroughputResult['fixtures'] = [];
  // The first pass warms up the JIT and pdfjs; it also checks the output against the truth.
  for (const f of fixtures) {
    const doc = await extractPdf(f.bytes);
    results.push({ name: f.name, path: f.path, pages: doc.pageCount ?? 0, accuracy: compareWithTruth(doc, f.truth).cellAccuracy, times: [] });
  }
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    for (const [index, f] of fixtures.entries()) {
      const started = performance.now();
      await extractPdf(f.bytes);
      results[index]?.times.push(performance.now() - started);
    }
  }
  const cpu = process.cpuUsage(before);
  return { fixtures: results, cpuMs: (cpu.user + cpu.system) / 1000, peakMb: peakMb() };
}

export interface FloorResult {
  /** Milliseconds per pass over every fixture, one entry per iteration. */
  passes: number[];
  pages: number;
  cpuMs: number;
}

/** The floor for this stack: what pdfjs itself does for the adapter (open, text content and operator list per page). */
async function floor(dir: string, iterations: number): Promise<FloorResult> {
  const pdfjs = await loadPdfjs();
  const files = listPdfFixtures(dir).map((f) => new Uint8Array(readFileSync(f.path)));
  const pass = async (): Promise<number> => {
    let pages = 0;
    for (const bytes of files) {
      const task = pdfjs.getDocument(documentParameters(new Uint8Array(bytes)));
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
  };
  const pages = await pass();
  const passes: number[] = [];
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await pass();
    passes.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(before);
  return { passes, pages, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function peak(file: string): Promise<PeakResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const started = performance.now();
  const doc = await extractPdf(bytes);
  return { ms: performance.now() - started, pages: doc.pageCount ?? 0, rows: doc.blocks.filter((b) => b.kind === 'row').length, peakMb: peakMb() };
}

async function main(): Promise<void> {
  const [mode, target, count] = process.argv.slice(2);
  if (mode === 'throughput' && target) process.stdout.write(JSON.stringify(await throughput(target, Number(count ?? 5))));
  else if (mode === 'floor' && target) process.stdout.write(JSON.stringify(await floor(target, Number(count ?? 5))));
  else if (mode === 'peak' && target) process.stdout.write(JSON.stringify(await peak(target)));
  else throw new Error('usage: bench-runner throughput|floor <dir> <iterations> | peak <file>');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
