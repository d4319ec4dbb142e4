/**
 * PDF adapter benchmark. Compiles the adapter to plain JavaScript, then in fresh Node processes:
 * measures pdfjs's own work alone on the fixture PDFs (the floor: text content and operator list of every page) and
 * the full adapter on the same files, in interleaved rounds in one process, and prints the adapter's CPU time as a
 * multiple of the floor's (median over the rounds, the headline), with pages per second, ms per document and each
 * fixture's accuracy; then parses a generated 100-page document once (its peak memory). Where poppler's pdftotext
 * is installed it also times `pdftotext -layout` on the same files.
 *
 *   npm run -s bench:parser [-- --rounds 7]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDF_FIXTURE_DIR } from '../src/adapters/pdf/pdf-fixtures.test-helper';
import { syntheticAssessment } from '../src/adapters/pdf/synthetic-assessment.test-helper';
import type { CompareResult, PassTime, PeakResult } from './bench-runner';
import { transpileForBenchmark } from './transpile';

const PAGES_PER_SECOND_TARGET = 60;
const PEAK_MB_TARGET = 300;
const FLOOR_RATIO_TARGET = 1.3;

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

function report(result: CompareResult, rounds: number): { pages: number; elapsed: number } {
  console.log('fixture'.padEnd(48), 'pages', ' median ms', '  pages/s', '  cells ok');
  const all: number[] = [];
  for (const f of result.fixtures) {
    const median = percentile(f.times, 50);
    all.push(...f.times);
    console.log(
      f.name.padEnd(48),
      String(f.pages).padStart(5),
      fixed(median).padStart(10),
      fixed((f.pages / median) * 1000).padStart(9),
      `${fixed(f.accuracy * 100)}%`.padStart(10),
    );
  }
  const pages = result.pages * result.adapter.length;
  const elapsed = sum(result.adapter.map((p) => p.wallMs));
  const cpu = sum(result.adapter.map((p) => p.cpuMs));
  console.log('');
  console.log(
    `throughput: ${fixed((pages / elapsed) * 1000)} pages/s wall clock, ${fixed((pages / cpu) * 1000)} pages/s per CPU second (target >= ${PAGES_PER_SECOND_TARGET}); ${rounds} rounds over ${result.fixtures.length} files`,
  );
  console.log(`per document: median ${fixed(percentile(all, 50))} ms, p95 ${fixed(percentile(all, 95))} ms`);
  console.log(`peak RSS of the measuring process: ${fixed(result.peakMb, 0)} MB`);
  return { pages, elapsed };
}

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** Adapter time over floor time, round by round (each round measures both, one right after the other). */
function ratios(result: CompareResult, of: (pass: PassTime) => number): number[] {
  return result.adapter.map((pass, i) => of(pass) / of(result.floor[i] ?? pass));
}

function reportFloor(result: CompareResult): void {
  const cpu = ratios(result, (p) => p.cpuMs);
  const wall = ratios(result, (p) => p.wallMs);
  const floorPages = result.pages * result.floor.length;
  const floorWall = sum(result.floor.map((p) => p.wallMs));
  const floorCpu = sum(result.floor.map((p) => p.cpuMs));
  console.log(
    `pdfjs floor (getTextContent + getOperatorList of every page, same files, rounds interleaved with the adapter's): ` +
      `${fixed((floorPages / floorWall) * 1000)} pages/s wall clock, ${fixed((floorPages / floorCpu) * 1000)} pages/s per CPU second`,
  );
  console.log(
    `adapter / floor: ${fixed(percentile(cpu, 50), 2)}x CPU time (median of ${cpu.length} rounds; min ${fixed(Math.min(...cpu), 2)}x), ` +
      `${fixed(percentile(wall, 50), 2)}x wall clock (target <= ${FLOOR_RATIO_TARGET}x)`,
  );
}

async function main(): Promise<void> {
  const rounds = Number(argument('--rounds') ?? 7);
  if (!(rounds >= 1)) throw new Error('--rounds takes a whole number of rounds, 1 or more');
  const work = mkdtempSync(join(tmpdir(), 'pdf-bench-'));
  try {
    const runner = transpileForBenchmark(join(work, 'compiled'));
    console.log(`PDF adapter benchmark (Node ${process.version}, compiled JavaScript, floor and adapter in one process, ${rounds} interleaved rounds)`);
    console.log('');
    const result = run<CompareResult>(runner, ['compare', PDF_FIXTURE_DIR, String(rounds)]);
    const totals = report(result, rounds);
    reportFloor(result);

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
    for (let i = 0; i < rounds; i++) {
      for (const f of result.fixtures) {
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
