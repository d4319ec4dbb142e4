/**
 * OCR benchmark. Compiles the parser to plain JavaScript, then parses each scan fixture
 * (fixtures/pdf/scans) once in a fresh Node process: wall time and CPU time (all threads) per OCR'd
 * page, answers right against the truth, and the process's peak memory, against the 300 MB target.
 *
 *   npm run -s bench:ocr
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OcrRunResult } from './ocr-bench-runner';
import { transpileForBenchmark } from './transpile';

const PEAK_MB_TARGET = 300;
const SCANS = resolve(__dirname, '..', 'fixtures', 'pdf', 'scans');

const fixed = (n: number, digits = 1): string => n.toFixed(digits);

function main(): void {
  const outDir = mkdtempSync(join(tmpdir(), 'ocr-bench-'));
  try {
    const runner = transpileForBenchmark(outDir, 'ocr-bench-runner.ts');
    console.log(
      'document'.padEnd(36),
      'pages',
      '  OCR',
      '  wall ms',
      ' ms/OCR page',
      ' CPU ms/OCR page',
      ' answers ok',
      ' flagged',
      ' peak MB',
    );
    let worstPeak = 0;
    const perPage: number[] = [];
    const cpuPerPage: number[] = [];
    for (const file of readdirSync(SCANS)
      .filter((f) => f.endsWith('.pdf'))
      .sort()) {
      const child = spawnSync(process.execPath, [runner, join(SCANS, file)], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      if (child.status !== 0) throw new Error(`benchmark run failed for ${file}: ${child.stderr}`);
      const result = JSON.parse(child.stdout) as OcrRunResult;
      const truth = JSON.parse(readFileSync(join(SCANS, file.replace(/\.pdf$/, '.truth.json')), 'utf8')) as {
        rows: { provision: string; status: string }[];
      };
      const right = truth.rows.filter((row) => result.statuses[row.provision] === row.status).length;
      const pages = Math.max(1, result.ocrPages);
      perPage.push(result.ms / pages);
      cpuPerPage.push(result.cpuMs / pages);
      worstPeak = Math.max(worstPeak, result.peakMb);
      console.log(
        file.padEnd(36),
        String(result.pages).padStart(5),
        String(result.ocrPages).padStart(5),
        fixed(result.ms, 0).padStart(9),
        fixed(result.ms / pages, 0).padStart(12),
        fixed(result.cpuMs / pages, 0).padStart(16),
        `${right}/${truth.rows.length}`.padStart(11),
        String(result.flaggedRows).padStart(8),
        fixed(result.peakMb, 0).padStart(8),
      );
    }
    const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    console.log(
      `\nOCR per page: ${fixed(mean(perPage) / 1000, 1)} s wall, ${fixed(mean(cpuPerPage) / 1000, 1)} s CPU (mean over documents; whole parse included)`,
    );
    console.log(
      `Peak memory per document: ${fixed(worstPeak, 0)} MB (target <= ${PEAK_MB_TARGET} MB) ${worstPeak <= PEAK_MB_TARGET ? 'ok' : 'OVER'}`,
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main();
