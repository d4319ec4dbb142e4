import { createDataSource } from '@app/db';
import { PasswordHasher } from '../auth/password-hasher';
import { loadApiConfig } from '../config/api-config';
import { SEED_STEPS, type SeedAccount, type SeedContext, type SeedStep } from './seed-steps';

function accountTable(accounts: SeedAccount[]): string[] {
  const password = (a: SeedAccount) => a.password ?? '(not shown)';
  const emailWidth = Math.max(...accounts.map((a) => a.email.length));
  const passwordWidth = Math.max(...accounts.map((a) => password(a).length));
  return accounts.map((a) =>
    `  ${a.role.padEnd(8)}  ${a.email.padEnd(emailWidth)}  ${password(a).padEnd(passwordWidth)}  ${a.note ?? ''}`.trimEnd(),
  );
}

/** Runs every seed step against DATABASE_URL (already migrated) and prints the accounts. */
export async function runSeed(
  env: NodeJS.ProcessEnv = process.env,
  log: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  steps: SeedStep[] = SEED_STEPS,
): Promise<SeedAccount[]> {
  const config = loadApiConfig(env);
  const dataSource = createDataSource(config.DATABASE_URL);
  await dataSource.initialize();
  const context: SeedContext = {
    dataSource,
    config,
    env,
    production: config.NODE_ENV === 'production',
    hasher: new PasswordHasher(),
    log,
    accounts: [],
  };
  try {
    for (const step of steps) {
      log(`${step.name}:`);
      await step.run(context);
    }
  } finally {
    await dataSource.destroy();
  }
  if (context.accounts.length) {
    log(`Accounts (sign in at ${config.PUBLIC_URL.replace(/\/+$/, '')}):`);
    for (const line of accountTable(context.accounts)) log(line);
  }
  return context.accounts;
}
