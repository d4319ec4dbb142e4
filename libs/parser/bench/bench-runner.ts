/**
 * The measuring half of the benchmark, run as plain compiled JavaScript in its own process:
 *   throughput <fixture-dir> <iterations>  parse every fixture repeatedly, report times and accuracy
 *   peak <file>                            parse one file once, report time and peak memory
 */
import { readFileSync } from 'node:fs';
import { extractPdf } from '../src/adapters/pdf/extract-pdf';
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

async function peak(file: string): Promise<PeakResult> {
  const bytes = new Uint8Array(readFileSync(file));
  const started = performance.now();
  const doc = await extractPdf(bytes);
  return { ms: performance.now() - started, pages: doc.pageCount ?? 0, rows: doc.blocks.filter((b) => b.kind === 'row').length, peakMb: peakMb() };
}

async function main(): Promise<void> {
  const [mode, target, count] = process.argv.slice(2);
  if (mode === 'throughput' && target) process.stdout.write(JSON.stringify(await throughput(target, Number(count ?? 5))));
  else if (mode === 'peak' && target) process.stdout.write(JSON.stringify(await peak(target)));
  else throw new Error('usage: bench-runner throughput <dir> <iterations> | peak <file>');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
