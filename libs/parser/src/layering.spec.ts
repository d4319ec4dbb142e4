import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = __dirname;

/** Production source files (tests and test helpers aside) under a folder of src. */
function sourcesUnder(folder: string): string[] {
  const root = join(SRC, folder);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.includes('.test-') && !file.endsWith('.d.ts'))
    .map((file) => join(root, file));
}

/** The src folders (first path segment) a file imports from through relative imports. */
function importedRooms(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)].map((m) => relative(SRC, resolve(dirname(file), m[1] ?? '')).split('/')[0] ?? '');
}

describe('layering of the parser', () => {
  it('adapters produce a neutral document without reaching into normalisation or detection', () => {
    const offending = sourcesUnder('adapters').filter((file) => importedRooms(file).some((room) => room === 'normalise' || room === 'detect'));
    expect(offending.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('the shared vocabulary sits below adapters and normalisation', () => {
    const allowed = new Set(['vocabulary', 'model']);
    const offending = sourcesUnder('vocabulary').filter((file) => importedRooms(file).some((room) => !allowed.has(room)));
    expect(offending.map((f) => relative(SRC, f))).toEqual([]);
  });
});
