import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createDataSource, generateSampleSector, removeSampleSector } from '@app/db';

const USAGE = `Writes a fictional sector of landlords, submissions and answers straight into DATABASE_URL (already
migrated), marked as sample data, and fills the analytics read model for it.

  npm run sample:sector -- --landlords 2000 --years 7 [--last-year 2025] [--seed 2024]
  npm run sample:sector -- --remove      deletes exactly the sample data

Needs a build (npm run build).`;

function positive(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0, got "${value}"`);
  return n;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      landlords: { type: 'string', default: '2000' },
      years: { type: 'string', default: '7' },
      'last-year': { type: 'string' },
      seed: { type: 'string', default: '2024' },
      remove: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: name the database to write the sample sector into.');
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    if (values.remove) {
      const removed = await removeSampleSector(dataSource);
      process.stdout.write(`removed ${removed.landlords} sample landlords and ${removed.submissions} submissions\n`);
      return 0;
    }
    const started = performance.now();
    const result = await generateSampleSector(dataSource, {
      landlords: positive(values.landlords, 'landlords'),
      years: positive(values.years, 'years'),
      lastYear: values['last-year'] ? positive(values['last-year'], 'last-year') : undefined,
      seed: positive(values.seed, 'seed'),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `sample sector: ${result.landlords} landlords (${result.merged} merged), ${result.submissions} submissions ` +
        `(${result.superseded} superseded), ${result.answers} answers in ${seconds} s\n`,
    );
    const steps = Object.entries(result.timings).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`);
    process.stdout.write(`  ${steps.join(', ')}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
