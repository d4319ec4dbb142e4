/**
 * Compiles the adapter's sources to plain CommonJS in a scratch folder, so benchmark runs load them
 * the way production does. Under the TypeScript loader, pdfjs alone would cost some 400 MB more.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const PARSER_ROOT = resolve(__dirname, '..');
const REPO_ROOT = resolve(PARSER_ROOT, '..', '..');

/** The runner and every source file it reaches through relative imports. */
function sources(entry: string): string[] {
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (found.has(file)) return;
    found.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), match[1] ?? '');
      const candidates = [`${target}.ts`, join(target, 'index.ts'), target];
      const hit = candidates.find((c) => existsSync(c) && c.endsWith('.ts'));
      if (hit) visit(hit);
    }
  };
  visit(entry);
  return [...found];
}

/** Returns the path of the compiled benchmark runner (`entry`, in bench/) inside `outDir`. */
export function transpileForBenchmark(outDir: string, entry = 'bench-runner.ts'): string {
  for (const file of sources(join(PARSER_ROOT, 'bench', entry))) {
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
  return join(outDir, 'bench', entry.replace(/\.ts$/, '.js'));
}
