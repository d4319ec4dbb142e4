import { evaluateCases, fixturesRoot, passes } from './evaluate';
import { findTruthCases } from './truth';
import { formatReport } from './report';

// `npm run -s eval:corpus [-- [name-filter] --verbose]`: every fixture with a truth file; exits 1 if any falls short.
async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const filter = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const results = await evaluateCases(findTruthCases(fixturesRoot()).filter((c) => !filter || c.name.includes(filter)));
  if (results.length === 0) {
    process.stderr.write(`No documents with truth files under ${fixturesRoot()}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${formatReport(results, verbose)}\n`);
  if (!results.every(passes)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
