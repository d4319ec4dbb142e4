/**
 * PDF adapter benchmark. Compiles the adapter to plain JavaScript, then in fresh Node processes:
 * parses every fixture PDF several times (pages per second, ms per document median and p95, peak
 * memory) and parses a generated 100-page document once (its peak memory). Where poppler's pdftotext
 * is installed it also times `pdftotext -layout` on the same files.
 *
 *   npm run -s bench:parser [-- --iterations 5]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDF_FIXTURE_DIR } from '../src/adapters/pdf/pdf-fixtures.test-helper';
import { syntheticAssessment } from '../src/adapters/pdf/synthetic-assessment.test-helper';
import type { PeakResult, ThroughputResult } from './bench-runner';
import { transpileForBenchmark } from './transpile';

const PAGES_PER_SECOND_TARGET = 60;
const PEAK_MB_TARGET = 300;

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const fixed = (n: number, digits = 1): string => n.toFixed(digits);

function run<T>(runner: string, args: string[]): T {
  const child = spawnSync(process.execPath, [runner, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`benchmark run failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as T;
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function report(result: ThroughputResult, iterations: number): { pages: number; elapsed: number } {
  console.log('fixture'.padEnd(48), 'pages', ' median ms', '  pages/s', '  cells ok');
  let pages = 0;
  let elapsed = 0;
  const all: number[] = [];
  for (const f of result.fixtures) {
    const median = percentile(f.times, 50);
    pages += f.pages * f.times.length;
    elapsed += f.times.reduce((sum, t) => sum + t, 0);
    all.push(...f.times);
    console.log(
      f.name.padEnd(48),
      String(f.pages).padStart(5),
      fixed(median).padStart(10),
      fixed((f.pages / median) * 1000).padStart(9),
      `${fixed(f.accuracy * 100)}%`.padStart(10),
    );
  }
  console.log('');
  console.log(
    `throughput: ${fixed((pages / elapsed) * 1000)} pages/s wall clock, ${fixed((pages / result.cpuMs) * 1000)} pages/s per CPU second (target >= ${PAGES_PER_SECOND_TARGET}); ${iterations} runs of each file`,
  );
  console.log(`per document: median ${fixed(percentile(all, 50))} ms, p95 ${fixed(percentile(all, 95))} ms`);
  console.log(`peak RSS of the measuring process: ${fixed(result.peakMb, 0)} MB`);
  return { pages, elapsed };
}

async function main(): Promise<void> {
  const iterations = Number(argument('--iterations') ?? 5);
  const work = mkdtempSync(join(tmpdir(), 'pdf-bench-'));
  try {
    const runner = transpileForBenchmark(join(work, 'compiled'));
    console.log(`PDF adapter benchmark (Node ${process.version}, compiled JavaScript, one process per measurement)`);
    console.log('');
    const throughput = run<ThroughputResult>(runner, ['throughput', PDF_FIXTURE_DIR, String(iterations)]);
    const totals = report(throughput, iterations);

    const large = syntheticAssessment({ rows: 540, ruled: true });
    const largeFile = join(work, 'generated.pdf');
    writeFileSync(largeFile, large.pdf);
    const peak = run<PeakResult>(runner, ['peak', largeFile]);
    console.log(
      `generated ${peak.pages}-page document (${fixed(large.pdf.length / 1024, 0)} KB, ${peak.rows} rows): ${fixed(peak.ms, 0)} ms cold (pdfjs loading included), peak RSS ${fixed(peak.peakMb, 0)} MB (target < ${PEAK_MB_TARGET} MB)`,
    );

    if (!hasPdftotext()) {
      console.log('pdftotext not installed: comparison skipped');
      return;
    }
    let popplerMs = 0;
    for (let i = 0; i < iterations; i++) {
      for (const f of throughput.fixtures) {
        const started = performance.now();
        execFileSync('pdftotext', ['-layout', f.path, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
        popplerMs += performance.now() - started;
      }
    }
    console.log(
      `pdftotext -layout on the same files: ${fixed((totals.pages / popplerMs) * 1000)} pages/s (one process per file); this adapter takes ${fixed(totals.elapsed / popplerMs, 2)}x its time`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
