/**
 * The measuring half of the OCR benchmark, run as plain compiled JavaScript in its own process:
 *   ocr-bench-runner <file>   parse one document, report time, CPU (all threads), OCR'd pages and peak memory
 */
import { readFileSync } from 'node:fs';
import { parseSubmission } from '../src/parse-submission';

export interface OcrRunResult {
  ms: number;
  cpuMs: number;
  pages: number;
  ocrPages: number;
  rows: number;
  statuses: Record<string, string>;
  flaggedRows: number;
  peakMb: number;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: ocr-bench-runner <file>');
  const bytes = new Uint8Array(readFileSync(file));
  const cpu = process.cpuUsage();
  const started = performance.now();
  // A generous limit: the benchmark measures how long OCR takes, it does not test the limit.
  const parsed = await parseSubmission(bytes, { filename: file, limits: { timeoutMs: 600_000 } });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const ocrWarning = parsed.warnings.find((w) => w.message.includes('read by OCR'))?.message ?? '';
  const ocrPages = (ocrWarning.split(' were read by OCR')[0]?.match(/\d+/g) ?? []).length;
  const result: OcrRunResult = {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    pages: parsed.stats.pageCount ?? 0,
    ocrPages: ocrWarning.includes(' was read by OCR') ? 1 : ocrPages,
    rows: parsed.rows.length,
    statuses: Object.fromEntries(parsed.rows.map((r) => [r.provision, r.status])),
    flaggedRows: parsed.rows.filter((r) => r.warnings.length > 0).length,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(result));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
