#!/usr/bin/env node
// `npm run -s bench:compare -- [--landlords 150] [--years 4] [--runs 5] [--database-url <url of a generated sector>] [--keep]`
// The Compare page's budget (interactive within 1.5 s on the sample sector `npm start` loads: SAMPLE_SECTOR_LANDLORDS
// = 150 landlords x 4 years). Generates that sector on a throwaway database, starts the built API serving the built
// dashboard, and in Debian's Chromium times, each run in a fresh browser context (empty cache, as a first visit):
// navigation to /compare -> the matrix data arrived -> the heat map rendered with a cell enabled and visible (the budget), then the click on
// that cell -> the answer panel. Prints each run, the median and the worst, the matrix response's size on the wire,
// and exits 1 when the median is over the budget. Needs a build.
import http from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { API_MAIN, ROOT, requireBuilt } from './bench-stack.mjs';
import { onSector, sectorBenchRun, sectorLabel } from './sector-bench.mjs';

const require = createRequire(import.meta.url);
const WEB_INDEX = join(ROOT, 'apps/web/dist/index.html');
const BUDGET_MS = 1500;

const bench = sectorBenchRun('compare', {
  landlords: 150,
  years: 4,
  options: { runs: { type: 'string', default: '5' } },
});
requireBuilt(API_MAIN, WEB_INDEX);

const { chromium } = require('playwright-core');

const median = (sorted) => sorted[Math.floor((sorted.length - 1) / 2)];

/** `runs` cold loads of /compare after one warm-up; whether the median time to interactive is over budget. */
async function coldLoads(browser, compareUrl, cookies, runs) {
  const interactive = [];
  const answer = [];
  const dataTimes = [];
  console.log('');
  console.log(
    `${'run'.padEnd(5)} ${'matrix data'.padStart(12)} ${'interactive'.padStart(12)} ${'answer open'.padStart(12)}`,
  );
  // One warm-up load: starts the browser's processes and the API's pools; not counted.
  for (let run = 0; run <= runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addCookies(cookies);
    const page = await context.newPage();
    const started = performance.now();
    let dataAt = Number.NaN;
    page.on('requestfinished', (request) => {
      if (request.url().includes('/api/analytics/matrix') && Number.isNaN(dataAt))
        dataAt = performance.now() - started;
    });
    await page.goto(compareUrl, { waitUntil: 'commit' });
    const cell = page.locator('[data-testid="matrix"] button[data-status]').first();
    await cell.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(
      () => {
        const button = document.querySelector('[data-testid="matrix"] button[data-status]');
        return (
          button instanceof HTMLButtonElement &&
          !button.disabled &&
          button.getBoundingClientRect().width > 0
        );
      },
      undefined,
      { timeout: 30_000 },
    );
    const ready = performance.now() - started;
    const clicked = performance.now();
    await cell.click();
    await page.getByTestId('answer-panel').waitFor({ timeout: 30_000 });
    const opened = performance.now() - clicked;
    await context.close();
    if (run === 0) continue;
    interactive.push(ready);
    dataTimes.push(dataAt);
    answer.push(opened);
    console.log(
      `${String(run).padEnd(5)} ${`${dataAt.toFixed(0)} ms`.padStart(12)} ${`${ready.toFixed(0)} ms`.padStart(12)} ${`${opened.toFixed(0)} ms`.padStart(12)}`,
    );
  }
  interactive.sort((a, b) => a - b);
  answer.sort((a, b) => a - b);
  dataTimes.sort((a, b) => a - b);
  const mid = median(interactive);
  console.log('');
  console.log(
    `Compare interactive: median ${mid.toFixed(0)} ms (matrix data at ${median(dataTimes).toFixed(0)} ms), worst ${interactive.at(-1).toFixed(0)} ms (budget ${BUDGET_MS} ms); answer panel: median ${median(answer).toFixed(0)} ms`,
  );
  console.log(mid > BUDGET_MS ? 'OVER BUDGET' : 'within budget');
  return mid > BUDGET_MS;
}

async function main() {
  const runs = Number(bench.values.runs);
  console.log(`bench:compare: ${sectorLabel(bench)}, ${runs} cold loads of /compare, budget ${BUDGET_MS} ms`);
  const env = { WEB_DIST_DIR: join(ROOT, 'apps/web/dist') };
  const overBudget = await onSector(bench, { env }, async ({ db, api, cookie }) => {
    const [{ year }] = await db.query('SELECT max(assessment_year) AS year FROM counting_submissions');
    const { base } = api;
    const cookies = cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
    });

    // What the matrix costs on the wire, as the page asks for it.
    const matrixPath = `/api/analytics/matrix?year=${year}&sort=name&page=1&pageSize=50`;
    // node:http, not fetch: fetch would decode the body and hide its size on the wire.
    const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const onWire = (acceptEncoding) =>
      new Promise((done, fail) => {
        http
          .get(
            `${base}${matrixPath}`,
            { headers: { cookie: cookieHeader, 'accept-encoding': acceptEncoding } },
            (res) => {
              let bytes = 0;
              res.on('data', (chunk) => (bytes += chunk.length));
              res.on('end', () => done({ bytes, encoding: res.headers['content-encoding'] ?? 'none' }));
              res.on('error', fail);
            },
          )
          .on('error', fail);
      });
    const plain = await onWire('identity');
    const packed = await onWire('br, gzip');
    console.log(
      `matrix page (50 landlords): ${plain.bytes} bytes of JSON, ${packed.bytes} bytes on the wire (${packed.encoding})`,
    );

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    try {
      return await coldLoads(browser, `${base}/compare?year=${year}`, cookies, runs);
    } finally {
      await browser.close();
    }
  });
  if (overBudget) process.exit(1);
}

main().catch((error) => {
  console.error(`bench:compare: ${error.stack ?? error.message}`);
  process.exit(1);
});
