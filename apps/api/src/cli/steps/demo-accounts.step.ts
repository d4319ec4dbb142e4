import { LandlordRepository, normaliseLandlordName } from '@app/db';
import type { SeedStep } from '../seed-steps';
import { ensureAccount } from './seed-account';

export const DEMO_ANALYST = { email: 'analyst@example.org', password: 'analyst-demo-password' } as const;
export const DEMO_LANDLORD_USER = {
  email: 'lewisham@example.org',
  password: 'landlord-demo-password',
  landlord: 'Lewisham Council',
} as const;

/** Outside production: an ombudsman analyst and a landlord user of Lewisham Council, to try each role. */
export const demoAccountsStep: SeedStep = {
  name: 'Demo accounts',
  async run(context) {
    if (context.production) return context.log('  skipped in production');
    context.accounts.push(
      await ensureAccount(
        context,
        { ...DEMO_ANALYST, role: 'analyst', landlordId: null, note: 'demo account' },
        { printPassword: true },
      ),
    );
    const wanted = normaliseLandlordName(DEMO_LANDLORD_USER.landlord);
    const landlord = (await new LandlordRepository(context.dataSource).list()).find(
      (l) => normaliseLandlordName(l.name) === wanted,
    );
    if (!landlord) {
      return context.log(
        `  ${DEMO_LANDLORD_USER.landlord} is not in the registry: no demo landlord user created`,
      );
    }
    context.accounts.push(
      await ensureAccount(
        context,
        {
          email: DEMO_LANDLORD_USER.email,
          password: DEMO_LANDLORD_USER.password,
          role: 'landlord',
          landlordId: landlord.id,
          note: `demo account, ${landlord.name}`,
        },
        { printPassword: true },
      ),
    );
  },
};
