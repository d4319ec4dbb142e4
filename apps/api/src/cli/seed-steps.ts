import type { UserRole } from '@app/contracts';
import type { DataSource } from 'typeorm';
import type { PasswordHasher } from '../auth/password-hasher';
import type { ApiConfig } from '../config/api-config';
import { adminAccountStep } from './steps/admin-account.step';
import { demoAccountsStep } from './steps/demo-accounts.step';
import { sampleLandlordsStep } from './steps/sample-landlords.step';
import { sampleSectorStep } from './steps/sample-sector.step';
import { sampleSubmissionsStep } from '../submissions/sample-submissions.step';

/** An account to print at the end of the seed. */
export interface SeedAccount {
  role: UserRole;
  email: string;
  /** Shown only outside production, and only while it still works. */
  password: string | null;
  note?: string;
}

export interface SeedContext {
  dataSource: DataSource;
  config: ApiConfig;
  /** The raw environment, for variables only the seed reads (ADMIN_EMAIL, ADMIN_PASSWORD, ...). */
  env: NodeJS.ProcessEnv;
  production: boolean;
  hasher: PasswordHasher;
  log(line: string): void;
  /** Accounts the steps created or found, printed at the end. */
  accounts: SeedAccount[];
}

/**
 * One idempotent piece of first-start set-up: running it again must change nothing and create no
 * duplicates. Steps run in order; each decides for itself whether it applies (e.g. not in production).
 */
export interface SeedStep {
  name: string;
  run(context: SeedContext): Promise<void>;
}

/** Everything `npm start` loads before the API starts (apps/api/dist/cli/seed.js). Add steps at the end. */
export const SEED_STEPS: SeedStep[] = [adminAccountStep, sampleLandlordsStep, demoAccountsStep, sampleSubmissionsStep, sampleSectorStep];
