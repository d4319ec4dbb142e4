/**
 * Compiles the adapter's sources to plain CommonJS in a scratch folder, so benchmark runs load them
 * the way production does. Under the TypeScript loader, pdfjs alone would cost some 400 MB more.
 */
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const PARSER_ROOT = resolve(__dirname, '..');
const REPO_ROOT = resolve(PARSER_ROOT, '..', '..');

function sources(): string[] {
  const pdf = readdirSync(join(PARSER_ROOT, 'src', 'pdf'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(PARSER_ROOT, 'src', 'pdf', file));
  const model = readdirSync(join(PARSER_ROOT, 'src', 'model'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => join(PARSER_ROOT, 'src', 'model', file));
  return [...pdf, ...model, join(PARSER_ROOT, 'src', 'errors.ts'), join(PARSER_ROOT, 'bench', 'bench-runner.ts')];
}

/** Returns the path of the compiled benchmark runner inside `outDir`. */
export function transpileForBenchmark(outDir: string): string {
  for (const file of sources()) {
    const output = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    const target = join(outDir, relative(PARSER_ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output.outputText);
  }
  // Bare imports (pdfjs-dist) resolve from the repository's node_modules.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(outDir, 'node_modules'), 'dir');
  return join(outDir, 'bench', 'bench-runner.js');
}
