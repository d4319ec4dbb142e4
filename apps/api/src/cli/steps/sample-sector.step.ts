import { generateSampleSector, hasSampleSector, LandlordRepository } from '@app/db';
import type { SeedStep } from '../seed-steps';
import { SAMPLE_LANDLORDS } from './sample-landlords.step';

export const DEFAULT_SAMPLE_SECTOR_LANDLORDS = 150;
const SAMPLE_SECTOR_YEARS = 4;

/** `SAMPLE_SECTOR_LANDLORDS`: how many generated landlords first start adds (0 for none). */
export function sampleSectorSize(env: NodeJS.ProcessEnv): number {
  const raw = env['SAMPLE_SECTOR_LANDLORDS']?.trim();
  if (!raw) return DEFAULT_SAMPLE_SECTOR_LANDLORDS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10_000) {
    throw new Error(`SAMPLE_SECTOR_LANDLORDS must be a whole number from 0 to 10000, got "${raw}"`);
  }
  return n;
}

/**
 * Outside production, on a database holding nothing but the five sample landlords, adds a generated sector
 * (marked as sample data) so comparisons and trends have something to show. `npm run sample:sector -- --remove`
 * deletes it again.
 */
export const sampleSectorStep: SeedStep = {
  name: 'Sample sector',
  async run(context) {
    if (context.production) return context.log('  skipped in production');
    const landlords = sampleSectorSize(context.env);
    if (landlords === 0) return context.log('  skipped: SAMPLE_SECTOR_LANDLORDS=0');
    if (await hasSampleSector(context.dataSource)) return context.log('  already loaded: nothing added');
    if ((await new LandlordRepository(context.dataSource).count()) > SAMPLE_LANDLORDS.length) return context.log('  the registry holds real landlords: nothing added');
    const result = await generateSampleSector(context.dataSource, { landlords, years: SAMPLE_SECTOR_YEARS });
    context.log(
      `  added ${result.landlords} generated sample landlords with ${result.submissions} submissions over ${SAMPLE_SECTOR_YEARS} years ` +
        '(marked as sample data; remove with npm run sample:sector -- --remove)',
    );
  },
};

