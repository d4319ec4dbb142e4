import { type LandlordInput, LandlordRepository } from '@app/db';
import type { SeedStep } from '../seed-steps';

/**
 * The five landlords of the sample self-assessments. Local authorities carry their ONS code as the
 * registration code; aliases are the other names and web addresses their documents use.
 */
export const SAMPLE_LANDLORDS: LandlordInput[] = [
  {
    name: 'Waltham Forest Council',
    type: 'local_authority',
    registrationCode: 'E09000031',
    region: 'London',
    aliases: ['London Borough of Waltham Forest', 'walthamforest.gov.uk'],
  },
  {
    name: 'Octavia Housing',
    type: 'housing_association',
    region: 'London',
    aliases: ['Octavia', 'Octavia Housing and Care', 'octaviahousing.org.uk'],
  },
  {
    name: 'Kingston Council (Royal Borough of Kingston upon Thames)',
    type: 'local_authority',
    registrationCode: 'E09000021',
    region: 'London',
    aliases: ['Royal Borough of Kingston upon Thames', 'RBK', 'kingston.gov.uk'],
  },
  {
    name: 'whg (Walsall Housing Group)',
    type: 'housing_association',
    region: 'West Midlands',
    aliases: ['Walsall Housing Group', 'WHG'],
  },
  {
    name: 'Lewisham Council',
    type: 'local_authority',
    registrationCode: 'E09000023',
    region: 'London',
    aliases: ['London Borough of Lewisham', 'lewisham.gov.uk'],
  },
];

/** Outside production, on an empty registry, adds the sample landlords (all or none). */
export const sampleLandlordsStep: SeedStep = {
  name: 'Sample landlords',
  async run(context) {
    if (context.production) return context.log('  skipped in production');
    const landlords = new LandlordRepository(context.dataSource);
    const existing = await landlords.count();
    if (existing > 0)
      return context.log(
        `  the registry already has ${existing} landlord${existing === 1 ? '' : 's'}: nothing added`,
      );
    const created = await landlords.createMany(SAMPLE_LANDLORDS);
    context.log(`  added ${created.map((l) => l.name).join(', ')}`);
  },
};
