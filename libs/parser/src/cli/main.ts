import { readFile } from 'node:fs/promises';
import { isParseError } from '../errors';
import { parseSubmission } from '../parse-submission';
import { OUTPUT_FORMATS, render, type FileResult, type OutputFormat } from './output';

const USAGE = 'usage: chc parse <file...> [--format json|csv|table]';

interface Args {
  files: string[];
  format: OutputFormat;
}

function parseArgs(argv: readonly string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== 'parse') return command ? `unknown command "${command}"\n${USAGE}` : USAGE;
  const files: string[] = [];
  let format: OutputFormat = 'json';
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    const inline = /^--format=(.*)$/.exec(arg);
    if (arg === '--format' || inline) {
      const value = inline ? inline[1] : rest[++i];
      if (!OUTPUT_FORMATS.includes(value as OutputFormat)) return `--format must be one of ${OUTPUT_FORMATS.join(', ')}`;
      format = value as OutputFormat;
    } else if (arg.startsWith('--')) {
      return `unknown option "${arg}"\n${USAGE}`;
    } else {
      files.push(arg);
    }
  }
  return files.length ? { files, format } : `no files given\n${USAGE}`;
}

async function parseFile(file: string): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read');
  }
  return { file, parsed: await parseSubmission(new Uint8Array(bytes), { filename: file }) };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const results: FileResult[] = [];
  let failed = false;
  for (const file of args.files) {
    try {
      results.push(await parseFile(file));
    } catch (error) {
      failed = true;
      const reason = isParseError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
      process.stderr.write(`chc: ${file}: ${reason.replace(/\s+/g, ' ')}\n`);
    }
  }
  if (results.length) process.stdout.write(`${render(results, args.format)}\n`);
  return failed ? 1 : 0;
}

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`chc: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
