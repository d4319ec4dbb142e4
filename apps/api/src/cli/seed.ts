import 'reflect-metadata';
import { EnvError } from '@app/config';
import { runSeed } from './seed-runner';

// `node apps/api/dist/cli/seed.js`: run by `npm start` after migrating, before the API starts.
runSeed().catch((error: unknown) => {
  const message =
    error instanceof EnvError ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`seed: ${message}\n`);
  process.exit(1);
});
