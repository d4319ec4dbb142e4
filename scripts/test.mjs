#!/usr/bin/env node
// `npm test`: build, lint, typecheck, unit, integration (real PostgreSQL + Redis), a short fault run and browser tests, in that order.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { canConnect, run } from './lib.mjs';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const only = process.argv.slice(2);
const reports = 'test-artifacts/reports';
mkdirSync(reports, { recursive: true });

const vitest = (project) => [
  'npx',
  ['vitest', 'run', '--project', project, '--reporter=default', `--reporter=json`, `--outputFile.json=${reports}/${project}.json`],
];

const steps = [
  // The lockfile must list every platform's optional packages, or `npm ci` refuses it elsewhere.
  ['lockfile', process.execPath, ['scripts/complete-lockfile.mjs', '--check']],
  // Build first: it also computes the Nx project graph that the module-boundary lint rule reads.
  ['build', 'npx', ['nx', 'run-many', '-t', 'build', '--output-style=static']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=static']],
  ['unit', ...vitest('unit')],
  ['integration', ...vitest('integration')],
  // The full fault run (200 uploads) takes longer than 5 minutes on two cores: CI runs the 50-upload version.
  ['faults', process.execPath, ['scripts/faults/run.mjs', '--uploads', '50']],
  ['e2e', ...vitest('e2e')],
];

async function main() {
  const server = process.env.TEST_DATABASE_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432';
  for (const [name, url, port] of [['PostgreSQL', server, 5432], ['Redis', process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', 6379]]) {
    if (!(await canConnect(url, port))) throw new Error(`${name} is not reachable at ${new URL(url).host}; the tests need it running.`);
  }
  const started = Date.now();
  for (const [name, command, args] of steps) {
    if (only.length && !only.includes(name)) continue;
    const t = Date.now();
    console.log(`\n\x1b[1m=== ${name} ===\x1b[0m`);
    await run(command, args, { env });
    console.log(`=== ${name} passed in ${((Date.now() - t) / 1000).toFixed(1)} s ===`);
  }
  let passed = 0;
  let failed = 0;
  for (const project of ['unit', 'integration', 'e2e']) {
    const file = `${reports}/${project}.json`;
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  console.log(`\nAll steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  console.log(`${passed} passed, ${failed} failed`);
}

main().catch((error) => {
  console.error(`\nnpm test: ${error.message}`);
  process.exit(1);
});
