#!/usr/bin/env node
// `npm run -s bench:uploads -- [--uploads 20] [--mb 25] [--keep]`
// Starts the built API (no worker) against a throwaway database and Redis prefix, signs in as an analyst and
// sends `--uploads` different text files of `--mb` MB at once (read from disk by the sender, so only the API holds
// them in memory). Samples the API's resident memory every 20 ms and prints its RSS before, at peak and the
// growth, the time until every upload was answered, the bytes PostgreSQL stored, and the temporary upload files
// left behind (there should be none). Needs a build.
import { mkdtempSync, openAsBlob, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  API_MAIN,
  benchRun,
  createAnalyst,
  machineLoad,
  removeRun,
  requireBuilt,
  rssMb,
  signIn,
  startApi,
} from './bench-stack.mjs';

const require = createRequire(import.meta.url);

const { values } = parseArgs({
  options: {
    uploads: { type: 'string', default: '20' },
    mb: { type: 'string', default: '25' },
    keep: { type: 'boolean', default: false },
  },
});
const UPLOADS = Number(values.uploads);
const FILE_BYTES = Math.round(Number(values.mb) * 1024 * 1024);
requireBuilt(API_MAIN);

const { migrateDatabase, createDataSource } = require('@app/db');

const { runId, serverUrl, redisUrl } = benchRun();
const databaseUrl = `${serverUrl}/chc_bench_uploads_${runId}`;
const queuePrefix = `chc-bench-uploads-${runId}`;
const EMAIL = `bench-${runId}@example.org`;

/** A self-assessment-like text table of exactly `bytes` bytes, different for every `n`. */
function writeTextFile(path, n, bytes) {
  const header = `Code provision\tCode requirement\tComply\tEvidence\n# bench ${runId} upload ${n}\n`;
  const line = `1.2\tA complaint is any expression of dissatisfaction\tYes\tPolicy section ${n} sets this out in full.\n`;
  const body = Buffer.alloc(bytes, ' ');
  body.write(header, 0);
  for (let at = Buffer.byteLength(header); at + line.length < bytes; at += line.length) body.write(line, at);
  writeFileSync(path, body);
}

async function main() {
  console.log(`bench:uploads: ${UPLOADS} concurrent uploads of ${(FILE_BYTES / 1024 / 1024).toFixed(1)} MB`);
  const filesDir = mkdtempSync(join(tmpdir(), 'chc-bench-upload-files-'));
  const uploadTmpDir = mkdtempSync(join(tmpdir(), 'chc-bench-upload-tmp-'));
  const paths = Array.from({ length: UPLOADS }, (_, n) => join(filesDir, `self-assessment-${n}.txt`));
  paths.forEach((path, n) => writeTextFile(path, n, FILE_BYTES));

  await migrateDatabase(databaseUrl);
  const db = createDataSource(databaseUrl);
  await db.initialize();
  let api;
  try {
    await createAnalyst(db, EMAIL);
    api = await startApi({
      databaseUrl,
      redisUrl,
      queuePrefix,
      env: {
        UPLOAD_RATE_LIMIT: '100000',
        UPLOAD_MAX_BYTES: String(Math.max(FILE_BYTES, 25 * 1024 * 1024)),
        UPLOAD_TMP_DIR: uploadTmpDir,
      },
    });
    const { base } = api;
    const { cookie, csrfToken } = await signIn(base, EMAIL);

    const upload = async (blob, name) => {
      const form = new FormData();
      form.append('file', blob, name);
      const started = performance.now();
      const res = await fetch(`${base}/api/submissions`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
        body: form,
      });
      const text = await res.text();
      return { status: res.status, text, ms: performance.now() - started };
    };
    // Warm the upload path (and the connection pool) with one small file.
    const warm = await upload(new Blob([`Code provision\tComply\n1.2\tYes\n# warm ${runId}\n`]), 'warm.txt');
    if (warm.status !== 202) throw new Error(`warm-up upload: ${warm.status} ${warm.text}`);
    await new Promise((r) => setTimeout(r, 1000));

    const before = rssMb(api.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(api.pid))), 20);
    const started = performance.now();
    const results = await Promise.all(
      paths.map(async (path, n) => upload(await openAsBlob(path), `self-assessment-${n}.txt`)),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(api.pid));
    await new Promise((r) => setTimeout(r, 1000));
    const after = rssMb(api.pid);

    const accepted = results.filter((r) => r.status === 202).length;
    for (const r of results.filter((x) => x.status !== 202).slice(0, 3))
      console.error(`refused: ${r.status} ${r.text}`);
    const [stored] = await db.query(
      `SELECT count(*)::int AS files, COALESCE(sum(size_bytes), 0)::bigint AS bytes, COALESCE(sum(octet_length(bytes)), 0)::bigint AS "storedBytes"
         FROM stored_files WHERE size_bytes = $1`,
      [FILE_BYTES],
    );
    const leftover = readdirSync(uploadTmpDir).length;
    const ms = results.map((r) => r.ms).sort((a, b) => a - b);
    const sumMb = (UPLOADS * FILE_BYTES) / 1024 / 1024;
    console.log('');
    console.log(`accepted:       ${accepted}/${UPLOADS} (202)`);
    console.log(
      `time:           ${seconds.toFixed(1)} s for all; per upload median ${(ms[Math.floor(ms.length / 2)] / 1000).toFixed(1)} s, slowest ${(ms.at(-1) / 1000).toFixed(1)} s`,
    );
    console.log(
      `API RSS:        before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, growth ${(peak - before).toFixed(0)} MB (${(((peak - before) / sumMb) * 100).toFixed(0)}% of the ${sumMb.toFixed(0)} MB uploaded), 1 s after ${after.toFixed(0)} MB`,
    );
    console.log(
      `stored:         ${stored.files} files, ${(Number(stored.storedBytes) / 1024 / 1024).toFixed(0)} MB in PostgreSQL`,
    );
    console.log(`temp files:     ${leftover} left in UPLOAD_TMP_DIR`);
    console.log(`machine:        ${machineLoad()}`);
    if (accepted < UPLOADS || stored.files !== accepted || leftover > 0) process.exitCode = 1;
  } finally {
    await api?.stop();
    await db.destroy();
    rmSync(filesDir, { recursive: true, force: true });
    rmSync(uploadTmpDir, { recursive: true, force: true });
    await removeRun({ databaseUrl, redisUrl, queuePrefix, keep: values.keep });
  }
}

main().catch((error) => {
  console.error(`bench:uploads: ${error.stack ?? error.message}`);
  process.exit(1);
});
