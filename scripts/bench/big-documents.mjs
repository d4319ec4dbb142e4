#!/usr/bin/env node
// `npm run -s bench:ingest -- --big [--memory-mb 1024] [--timeout-ms 60000]`: big honest documents (25 MB text,
// 25 MB HTML, a 300-page PDF) and every hostile class, each parsed in the worker's isolated parse process under
// the real limits; prints outcome, time and the parse process's peak RSS. Needs a build.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { values } = parseArgs({
  options: {
    big: { type: 'boolean', default: true },
    'memory-mb': { type: 'string', default: '1024' },
    'timeout-ms': { type: 'string', default: '60000' },
  },
  strict: false,
});
for (const built of ['apps/worker/dist/parse-isolation/parse-pool.js', 'libs/testing/dist/hostile/index.js']) {
  if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build" first.`);
}
const { ParsePool } = require('../../apps/worker/dist/parse-isolation/parse-pool.js');
const { bigHonestHtml, bigHonestText, hostileFiles, manyPagePdf } = require('../../libs/testing/dist/hostile/index.js');

const MB = 1024 * 1024;
const maxMemoryMb = Number(values['memory-mb']);
const timeoutMs = Number(values['timeout-ms']);
const sample = readFileSync('libs/parser/fixtures/corpus/004_f04719c660cefd4a.txt');
const documents = [
  { name: 'honest: text 25 MB', make: async () => bigHonestText(sample, 25 * MB) },
  { name: 'honest: HTML 25 MB', make: async () => bigHonestHtml(25 * MB) },
  { name: 'honest: PDF 300 pages', make: async () => manyPagePdf(300) },
  ...hostileFiles(sample).filter((f) => f.name !== 'text-25mb').map((f) => ({ name: `hostile: ${f.name}`, make: f.make })),
];

let last = null;
const pool = new ParsePool({
  size: 1,
  maxMemoryMb,
  timeoutMs: timeoutMs + 2_000,
  sampleIntervalMs: 100,
  maxParsesPerProcess: 1,
  onReport: (report) => (last = report),
});
console.log(`parse limits: ${maxMemoryMb} MB, ${timeoutMs / 1000} s (one parse at a time)\n`);
console.log(`${'document'.padEnd(34)} ${'size'.padStart(9)}  ${'outcome'.padEnd(22)} ${'time'.padStart(8)}  peak RSS`);
for (const document of documents) {
  const bytes = await document.make();
  const started = performance.now();
  let outcome;
  let peak = '';
  try {
    const run = await pool.parse(new Uint8Array(bytes), { limits: { timeoutMs, maxPages: 300 } }, document.name);
    outcome = `parsed, ${run.result.rows.length} rows`;
  } catch (error) {
    outcome = error.code ?? error.message.slice(0, 22);
  }
  peak = last ? `${last.peakRssMb} MB` : '';
  const ms = Math.round(performance.now() - started);
  const size = bytes.length >= MB ? `${(bytes.length / MB).toFixed(1)} MB` : `${(bytes.length / 1024).toFixed(0)} KB`;
  console.log(`${document.name.padEnd(34)} ${size.padStart(9)}  ${outcome.padEnd(22)} ${`${(ms / 1000).toFixed(1)} s`.padStart(8)}  ${peak}`);
}
await pool.close();
