#!/usr/bin/env node
// `npm run -s bench:ingest -- --docs 500 --concurrency 8 [--workers 2] [--formats text,docx,html,pdf] [--keep]`
// Starts the built API and worker(s) against a throwaway database and Redis prefix, uploads fixture documents
// through the HTTP API (bytes varied so every sha256 differs), waits until every one is parsed, and prints
// documents per minute, upload-to-parsed latency percentiles and the peak RSS of each process. Needs a build.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../lib.mjs';
import { API_MAIN, ROOT, benchEnv, benchRun, createAnalyst, removeRun, requireBuilt, signIn } from './bench-stack.mjs';

// `--big`: big honest and hostile documents through the isolated parse process (scripts/bench/big-documents.mjs).
if (process.argv.includes('--big')) {
  await import('./big-documents.mjs');
  process.exit(0);
}

const require = createRequire(import.meta.url);
const WORKER_MAIN = join(ROOT, 'apps/worker/dist/main.js');
const FIXTURES = join(ROOT, 'libs/parser/fixtures');

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '500' },
    concurrency: { type: 'string', default: '8' },
    workers: { type: 'string', default: '2' },
    formats: { type: 'string', default: 'text,docx,html,pdf' },
    'timeout-minutes': { type: 'string', default: '30' },
    verbose: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const DOCS = Number(values.docs);
const CONCURRENCY = Number(values.concurrency);
const WORKERS = Number(values.workers);
const FORMATS = new Set(values.formats.split(','));

requireBuilt(API_MAIN, WORKER_MAIN);

const { migrateDatabase, createDataSource, LandlordRepository } = require('@app/db');
const { SAMPLE_LANDLORDS } = require(join(ROOT, 'apps/api/dist/cli/steps/sample-landlords.step.js'));

const { runId, serverUrl, redisUrl } = benchRun();
const databaseUrl = `${serverUrl}/chc_bench_${runId}`;
const queuePrefix = `chc-bench-${runId}`;

function fixtures() {
  const picked = [];
  const add = (dir, ext, format) => {
    if (!FORMATS.has(format) || !existsSync(join(FIXTURES, dir))) return;
    for (const name of readdirSync(join(FIXTURES, dir))
      .filter((n) => n.endsWith(ext))
      .sort()) {
      picked.push({ name, format, bytes: readFileSync(join(FIXTURES, dir, name)) });
    }
  };
  add('corpus', '.txt', 'text');
  add('docx', '.docx', 'docx');
  add('html', '.html', 'html');
  add('pdf', '.pdf', 'pdf');
  if (!picked.length) throw new Error(`no fixtures for formats ${[...FORMATS].join(', ')}`);
  return picked;
}

/** A child process with its peak resident memory, sampled and read from /proc (VmHWM) at the end. */
function start(file, env, label) {
  const child = spawn(process.execPath, [file], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output = (output + c.toString()).slice(-20_000)));
  child.stderr.on('data', (c) => (output = (output + c.toString()).slice(-20_000)));
  const proc = { child, label, peakKb: 0, output: () => output };
  proc.sample = () => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      proc.peakKb = Math.max(proc.peakKb, hwm, rss);
    } catch {
      // not Linux, or already gone
    }
  };
  proc.stop = () =>
    new Promise((done) => {
      proc.sample();
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
  return proc;
}

async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      if (error.fatal) throw error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

async function main() {
  const docs = fixtures();
  console.log(
    `bench:ingest: ${DOCS} documents, ${CONCURRENCY} concurrent uploads, ${WORKERS} worker process(es); fixtures: ${docs.length} (${[...FORMATS].join(', ')})`,
  );
  await migrateDatabase(databaseUrl);
  const db = createDataSource(databaseUrl);
  await db.initialize();
  const processes = [];
  try {
    await new LandlordRepository(db).createMany(SAMPLE_LANDLORDS);
    await createAnalyst(db, 'bench@example.org');

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { ...benchEnv({ databaseUrl, redisUrl, queuePrefix, port }), UPLOAD_RATE_LIMIT: '100000' };
    const api = start(API_MAIN, env, 'api');
    processes.push(api);
    await waitFor(async () => {
      if (api.child.exitCode !== null)
        throw Object.assign(new Error(`the API exited:\n${api.output()}`), { fatal: true });
      return (await fetch(`${base}/api/health`)).ok;
    }, 'the API to answer');
    for (let i = 0; i < WORKERS; i++)
      processes.push(start(WORKER_MAIN, { ...env, LOG_LEVEL: 'info' }, `worker ${i + 1}`));
    await waitFor(
      async () => processes.slice(1).every((p) => p.output().includes('worker started')),
      'the workers to start',
    );
    const sampler = setInterval(() => processes.forEach((p) => p.sample()), 250);

    const { cookie, csrfToken } = await signIn(base, 'bench@example.org');

    let next = 0;
    let refused = 0;
    const started = Date.now();
    const uploadOne = async (n) => {
      const doc = docs[n % docs.length];
      const bytes = Buffer.concat([doc.bytes, Buffer.from(`\n<!-- bench ${runId} ${n} -->\n`)]);
      const form = new FormData();
      form.append('file', new Blob([bytes]), doc.name);
      const res = await fetch(`${base}/api/submissions`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
        body: form,
      });
      if (res.status !== 202) {
        refused += 1;
        if (refused <= 3) console.error(`upload ${n} (${doc.name}): ${res.status} ${await res.text()}`);
      } else await res.arrayBuffer();
    };
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < DOCS) await uploadOne(next++);
      }),
    );
    const uploadedMs = Date.now() - started;

    const deadline = Date.now() + Number(values['timeout-minutes']) * 60_000;
    let done = 0;
    let lastReport = 0;
    while (Date.now() < deadline) {
      const [row] = await db.query(
        `SELECT count(*) FILTER (WHERE status IN ('parsed','needs_review','failed','accepted'))::int AS done, count(*)::int AS total FROM submissions`,
      );
      done = row.done;
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: ${done}/${row.total} finished`);
      }
      if (done >= DOCS - refused) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const finishedMs = Date.now() - started;
    clearInterval(sampler);
    processes.forEach((p) => p.sample());

    const rows = await db.query(
      `SELECT status, EXTRACT(EPOCH FROM (COALESCE(parsed_at, updated_at) - created_at)) * 1000 AS ms
         FROM submissions WHERE status IN ('parsed','needs_review','failed','accepted')`,
    );
    const latencies = rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
    const byStatus = rows.reduce((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    const perMinute = (done / finishedMs) * 60_000;
    console.log('');
    console.log(
      `documents:          ${done}/${DOCS} finished (${Object.entries(byStatus)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ')}), ${refused} refused`,
    );
    console.log(
      `uploads:            ${DOCS} in ${(uploadedMs / 1000).toFixed(1)} s (${((DOCS / uploadedMs) * 60_000).toFixed(0)} per minute)`,
    );
    console.log(
      `throughput:         ${perMinute.toFixed(0)} documents per minute (first upload to last parsed: ${(finishedMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `upload->parsed:     p50 ${percentile(latencies, 50)?.toFixed(0)} ms, p95 ${percentile(latencies, 95)?.toFixed(0)} ms, max ${latencies.at(-1)?.toFixed(0)} ms`,
    );
    console.log(`peak RSS:           ${processes.map((p) => `${p.label} ${mb(p.peakKb)}`).join(', ')}`);
    console.log(`2,000 documents at this rate: ${(2000 / perMinute).toFixed(1)} minutes`);
    if (values.verbose) for (const p of processes.slice(1)) console.log(`--- ${p.label}\n${p.output()}`);
    if (done < DOCS - refused) process.exitCode = 1;
  } finally {
    await Promise.all(processes.map((p) => p.stop()));
    await db.destroy();
    await removeRun({ databaseUrl, redisUrl, queuePrefix, keep: values.keep });
  }
}

main().catch((error) => {
  console.error(`bench:ingest: ${error.stack ?? error.message}`);
  process.exit(1);
});
