import { PASSWORD_MIN_LENGTH } from '@app/contracts';
import { UserRepository } from '@app/db';
import type { SeedStep } from '../seed-steps';
import { ensureAccount } from './seed-account';

/** Used outside production when ADMIN_EMAIL / ADMIN_PASSWORD are not set; printed at the end of the seed. */
export const DEV_ADMIN = { email: 'admin@example.org', password: 'change-this-admin-password' } as const;

/**
 * The first administrator, from ADMIN_EMAIL and ADMIN_PASSWORD. Outside production they default to
 * DEV_ADMIN; in production both must be set, or no admin is created (and the seed says so).
 */
export const adminAccountStep: SeedStep = {
  name: 'Administrator account',
  async run(context) {
    const email = context.env['ADMIN_EMAIL']?.trim() || (context.production ? '' : DEV_ADMIN.email);
    const password = context.env['ADMIN_PASSWORD'] || (context.production ? '' : DEV_ADMIN.password);
    if (!email || !password) {
      const admins = await new UserRepository(context.dataSource).countActiveAdmins();
      context.log(
        admins
          ? `  ADMIN_EMAIL and ADMIN_PASSWORD are not both set: no admin created (${admins} admin account${admins === 1 ? '' : 's'} already exist${admins === 1 ? 's' : ''}).`
          : '  No admin account was created: in production set both ADMIN_EMAIL and ADMIN_PASSWORD, then start again.',
      );
      return;
    }
    if (password.length < PASSWORD_MIN_LENGTH) {
      context.log(
        `  No admin account was created: ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters long.`,
      );
      return;
    }
    const usingDefault = !context.env['ADMIN_PASSWORD'];
    context.accounts.push(
      await ensureAccount(
        context,
        {
          email,
          password,
          role: 'admin',
          landlordId: null,
          note: usingDefault ? 'development default: change it' : undefined,
        },
        { printPassword: !context.production },
      ),
    );
  },
};
