import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..', '..');
const CORPUS = 'libs/parser/fixtures/corpus';

async function chc(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--conditions=@app/source', '--import', 'tsx', 'libs/parser/src/cli/main.ts', ...args], {
      cwd: ROOT,
      maxBuffer: 50 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('chc parse', () => {
  it('prints one JSON object for one file', async () => {
    const { code, stdout } = await chc('parse', `${CORPUS}/003_c12ef68dc0e349cb.txt`);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown> & { rows: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['file', 'landlordName', 'codeVersion', 'assessmentYear', 'rows', 'warnings']);
    expect(out).toMatchObject({ landlordName: 'whg', codeVersion: '2022', assessmentYear: 2023 });
    expect(out.rows).toHaveLength(72);
    expect(Object.keys(out.rows[0] ?? {})).toEqual([
      'provision', 'canonicalProvisions', 'status', 'statusRaw', 'requirement', 'evidence', 'commentary', 'confidence', 'warnings',
    ]);
  });

  it('prints an array for several files and CSV or a table on request', async () => {
    const files = [`${CORPUS}/001_95dbe0d9508a35d5.txt`, 'libs/parser/fixtures/html/layout-combined-column.html'];
    const json = await chc('parse', ...files);
    expect((JSON.parse(json.stdout) as unknown[]).map((o) => (o as { file: string }).file)).toEqual(files);
    const csv = await chc('parse', ...files, '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('file,landlordName,codeVersion,assessmentYear,provision,canonicalProvisions,status,statusRaw,confidence,requirement,evidence,commentary,warnings');
    const table = await chc('parse', files[0] ?? '', '--format=table');
    expect(table.stdout).toContain('Octavia Housing');
  }, 30_000);

  it('exits non-zero with a one-line reason for a file it cannot read', async () => {
    const missing = await chc('parse', 'no/such/file.pdf', `${CORPUS}/004_f04719c660cefd4a.txt`);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual(['chc: no/such/file.pdf: no such file']);
    expect((JSON.parse(missing.stdout) as { landlordName: string }).landlordName).toBe('Lewisham Council');
    const unsupported = await chc('parse', 'package.json');
    expect(unsupported.code).toBe(1);
    expect(unsupported.stderr).toMatch(/^chc: package.json: no_table_found: .+\n$/);
    const usage = await chc('parse', '--format', 'xml', 'x.txt');
    expect(usage.code).toBe(2);
  }, 30_000);
});
