#!/usr/bin/env node
// `npm run -s bench:api -- [--landlords 2000] [--years 7] [--requests 100] [--database-url <url of a generated sector>] [--keep]`
// Generates the sample sector on a throwaway database, starts the built API against it, signs in as an analyst and
// times sequential requests per endpoint (scripts/bench/api-endpoints.mjs), printing p50/p95 and the generation time.
// Requests ask for compressed answers as a browser does (BENCH_ACCEPT_ENCODING=identity times them uncompressed).
// Needs a build.
import { API_BENCH_ENDPOINTS } from './api-endpoints.mjs';
import { API_MAIN, requireBuilt } from './bench-stack.mjs';
import { onSector, sectorBenchRun, sectorLabel } from './sector-bench.mjs';

const TARGET_P95_MS = 50;

const run = sectorBenchRun('api', {
  landlords: 2000,
  years: 7,
  options: { requests: { type: 'string', default: '100' } },
});
requireBuilt(API_MAIN);

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function main() {
  const requests = Number(run.values.requests);
  console.log(`bench:api: ${sectorLabel(run)}, ${requests} sequential requests per endpoint`);
  await onSector(run, { showSteps: true }, async ({ db, api, cookie }) => {
    const [context] = await db.query(
      `SELECT max(assessment_year) AS year, min(assessment_year) AS "firstYear",
              (SELECT landlord_id FROM counting_submissions GROUP BY landlord_id ORDER BY count(*) DESC, landlord_id LIMIT 1) AS "landlordId"
         FROM counting_submissions`,
    );
    context.previousYear = context.year - 1;
    const { base } = api;

    let missed = 0;
    console.log('');
    console.log(
      `${'endpoint'.padEnd(38)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   bytes`,
    );
    for (const endpoint of API_BENCH_ENDPOINTS) {
      const path = endpoint.path(context);
      const times = [];
      let bytes = 0;
      for (let i = 0; i < requests + 3; i++) {
        const started = performance.now();
        const res = await fetch(`${base}${path}`, {
          headers: {
            cookie,
            accept: 'application/json',
            'accept-encoding': process.env.BENCH_ACCEPT_ENCODING ?? 'gzip, deflate, br',
          },
        });
        const body = await res.arrayBuffer();
        const ms = performance.now() - started;
        if (!res.ok) throw new Error(`${path}: ${res.status} ${Buffer.from(body).toString().slice(0, 500)}`);
        bytes = body.byteLength;
        if (i >= 3) times.push(ms); // the first calls warm the connection pool and plans
      }
      times.sort((a, b) => a - b);
      const p95 = percentile(times, 95);
      if (p95 > (endpoint.targetP95Ms ?? TARGET_P95_MS)) missed += 1;
      console.log(
        `${endpoint.name.padEnd(38)} ${`${percentile(times, 50).toFixed(1)} ms`.padStart(8)} ${`${p95.toFixed(1)} ms`.padStart(8)} ${`${times.at(-1).toFixed(1)} ms`.padStart(8)}   ${bytes}`,
      );
    }
    console.log('');
    console.log(
      missed
        ? `${missed} endpoint(s) above the p95 target of ${TARGET_P95_MS} ms`
        : `every endpoint within the p95 target of ${TARGET_P95_MS} ms`,
    );
  });
}

main().catch((error) => {
  console.error(`bench:api: ${error.stack ?? error.message}`);
  process.exit(1);
});
