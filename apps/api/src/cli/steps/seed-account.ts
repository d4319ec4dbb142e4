import type { UserRole } from '@app/contracts';
import { UserRepository } from '@app/db';
import type { SeedAccount, SeedContext } from '../seed-steps';

/**
 * Creates the account unless one exists for the email; never changes an existing one. Reports the
 * password only when printing it is allowed and it still works.
 */
export async function ensureAccount(
  context: SeedContext,
  account: { email: string; password: string; role: UserRole; landlordId: string | null; note?: string },
  options: { printPassword: boolean },
): Promise<SeedAccount> {
  const users = new UserRepository(context.dataSource);
  const email = account.email.trim().toLowerCase();
  const existing = await users.findCredentials({ email });
  if (existing) {
    const works = existing.passwordHash
      ? await context.hasher.verify(existing.passwordHash, account.password)
      : false;
    if (existing.user.role !== account.role) {
      context.log(`  ${email} already exists as ${existing.user.role}, not ${account.role}: left unchanged.`);
    }
    return {
      role: existing.user.role,
      email,
      password: options.printPassword && works ? account.password : null,
      note: works ? account.note : 'existing account; its password was changed since',
    };
  }
  await users.create({
    email,
    role: account.role,
    landlordId: account.landlordId,
    passwordHash: await context.hasher.hash(account.password),
  });
  context.log(`  created ${account.role} ${email}`);
  return {
    role: account.role,
    email,
    password: options.printPassword ? account.password : null,
    note: account.note,
  };
}
