#!/usr/bin/env node
// `npm run -s bench:export -- [--landlords 2000] [--years 7] [--database-url <url of a generated sector>] [--keep]`
// Generates the sample sector (as `npm run sample:sector` does) on a throwaway database, starts the built API
// against it, signs in as an analyst and downloads the every-year tidy CSV and the matrix XLSX of 2024 (or the
// latest year), timing each to its last byte and sampling the API's resident memory every 20 ms. Prints the time,
// the bytes and rows, and the API's peak RSS growth over its level just before each download. Needs a build.
// The generated sector has no consistency flags (the worker raises them from the answers' words), so about one
// answer in eight is given one (a tenth of those dismissed) before timing: the exports' flag column and `flag`
// filter are measured on flagged data, and the tidy CSV is timed once more with a flag filter.
import { createRequire } from 'node:module';
import { API_MAIN, machineLoad, requireBuilt, rssMb } from './bench-stack.mjs';
import { onSector, sectorBenchRun, sectorLabel } from './sector-bench.mjs';

const require = createRequire(import.meta.url);
const TARGET_RSS_GROWTH_MB = 200;

const run = sectorBenchRun('export', { landlords: 2000, years: 7 });
requireBuilt(API_MAIN);

const { ANSWER_TEXT_HASH_SQL } = require('@app/db');

/** Downloads `path` to nowhere, timing it to the last byte and sampling the API's RSS meanwhile. */
async function timedDownload(base, cookie, path, pid) {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const started = performance.now();
  let bytes = 0;
  try {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    for await (const chunk of res.body) bytes += chunk.byteLength;
    return {
      seconds: (performance.now() - started) / 1000,
      bytes,
      before,
      growth: Math.max(0, peak - before),
      fileName: res.headers.get('content-disposition'),
    };
  } finally {
    clearInterval(sampler);
    peak = Math.max(peak, rssMb(pid));
  }
}

const FLAGS = [
  'yes_but_not_in_place',
  'no_without_plan',
  'timescale_conflict',
  'no_evidence',
  'boilerplate',
  'unchanged_since_last_year',
  'missing_answer',
];

/** About one answer in eight gets a flag (spread over the seven), and a tenth of those are dismissed; returns the counts. */
async function seedFlags(db, reuse) {
  const [existing] = await db.query(`SELECT EXISTS (SELECT 1 FROM answer_flags) AS any`);
  // A database given with --database-url keeps the flags it has (from an earlier run or the worker).
  if (!reuse || !existing.any) await insertFlags(db);
  const [counts] = await db.query(
    `SELECT (SELECT count(*)::int FROM answer_flags) AS flags,
            (SELECT count(*)::int FROM answer_flag_reviews WHERE state = 'dismissed') AS dismissed`,
  );
  return counts;
}

async function insertFlags(db) {
  await db.query(
    `INSERT INTO answer_flags (answer_id, submission_id, parsed_provision, position, text_hash, flag, reason, flags_version)
     SELECT a.id, a.submission_id, a.parsed_provision, a.position, ${ANSWER_TEXT_HASH_SQL},
            ($1::text[])[1 + abs(hashtext(a.id::text) / 8) % 7], 'Generated for the benchmark', 'bench'
       FROM answers a
      WHERE abs(hashtext(a.id::text)) % 8 = 0
     ON CONFLICT DO NOTHING`,
    [FLAGS],
  );
  await db.query(
    `INSERT INTO answer_flag_reviews (submission_id, parsed_provision, position, text_hash, flag, state, reason)
     SELECT f.submission_id, f.parsed_provision, f.position, f.text_hash, f.flag, 'dismissed', 'Generated for the benchmark'
       FROM answer_flags f WHERE f.flags_version = 'bench' AND abs(hashtext(f.id::text)) % 10 = 0
     ON CONFLICT DO NOTHING`,
  );
  await db.query('ANALYZE answer_flags');
  await db.query('ANALYZE answer_flag_reviews');
}

async function main() {
  console.log(`bench:export: ${sectorLabel(run)}`);
  await onSector(run, {}, async ({ db, api, cookie }) => {
    const flags = await seedFlags(db, run.reuse);
    console.log(`flags:       ${flags.flags} consistency flags, ${flags.dismissed} dismissed`);
    const [sector] = await db.query(
      `SELECT count(*)::int AS counted, (SELECT count(*)::int FROM counting_submissions) AS "landlordYears",
              (SELECT CASE WHEN bool_or(assessment_year = 2024) THEN 2024 ELSE max(assessment_year) END FROM counting_submissions) AS year
         FROM counted_answers`,
    );
    const { base } = api;
    // Warm the code paths and the connection pool with a small export of each kind.
    await timedDownload(base, cookie, `/api/exports/answers.csv?year=${sector.year}&provisions=6.3`, api.pid);
    await timedDownload(base, cookie, `/api/exports/matrix.xlsx?year=${sector.year}&provisions=6.3`, api.pid);

    const downloads = [
      { name: 'tidy CSV, every year', path: '/api/exports/answers.csv', targetSeconds: 20 },
      {
        name: 'tidy CSV, one flag',
        path: '/api/exports/answers.csv?flag=timescale_conflict',
        targetSeconds: 20,
      },
      {
        name: `matrix XLSX, ${sector.year}`,
        path: `/api/exports/matrix.xlsx?year=${sector.year}`,
        targetSeconds: 5,
      },
    ];
    console.log(
      `sector:      ${sector.landlordYears} counting submissions, ${sector.counted} counted answers`,
    );
    console.log('');
    console.log(
      `${'export'.padEnd(26)} ${'time'.padStart(9)} ${'target'.padStart(7)} ${'MB'.padStart(8)} ${'rows'.padStart(9)} ${'RSS before'.padStart(11)} ${'peak growth'.padStart(12)}`,
    );
    let missed = 0;
    for (const download of downloads) {
      const result = await timedDownload(base, cookie, download.path, api.pid);
      await new Promise((r) => setTimeout(r, 300));
      const [audit] = await db.query(
        `SELECT (after->>'rows')::int AS rows FROM audit_events WHERE action = 'export.create' AND actor_email = $1 ORDER BY id DESC LIMIT 1`,
        [run.email],
      );
      const ok = result.seconds <= download.targetSeconds && result.growth <= TARGET_RSS_GROWTH_MB;
      if (!ok) missed += 1;
      console.log(
        `${download.name.padEnd(26)} ${`${result.seconds.toFixed(1)} s`.padStart(9)} ${`${download.targetSeconds} s`.padStart(7)} ${(result.bytes / 1024 / 1024).toFixed(1).padStart(8)} ${String(audit?.rows ?? '?').padStart(9)} ${`${result.before.toFixed(0)} MB`.padStart(11)} ${`${result.growth.toFixed(0)} MB`.padStart(12)}  ${ok ? 'ok' : 'MISSED'}`,
      );
    }
    console.log('');
    console.log(
      missed
        ? `${missed} export(s) missed a target (time, or ${TARGET_RSS_GROWTH_MB} MB RSS growth)`
        : `every export within its time target and ${TARGET_RSS_GROWTH_MB} MB of RSS growth`,
    );
    console.log(`machine:     ${machineLoad()}`);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
