import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleUploads, UPLOAD_FILE_PREFIX } from './upload-storage';

const dir = mkdtempSync(join(tmpdir(), 'chc-stale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('removeStaleUploads', () => {
  it('removes only our temporary uploads older than the limit', async () => {
    const hourAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    const files = { old: `${UPLOAD_FILE_PREFIX}old`, young: `${UPLOAD_FILE_PREFIX}young`, foreign: 'someone-elses-file' };
    for (const name of Object.values(files)) writeFileSync(join(dir, name), 'x');
    utimesSync(join(dir, files.old), hourAgo, hourAgo);
    utimesSync(join(dir, files.foreign), hourAgo, hourAgo);
    expect(await removeStaleUploads(dir, 60 * 60 * 1000)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([files.young, files.foreign].sort());
  });
});
