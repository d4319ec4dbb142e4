import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_ENV } from './common-env';
import { EnvError, env, readEnv } from './env-schema';

describe('readEnv', () => {
  it('applies defaults and parses values', () => {
    const config = readEnv(COMMON_ENV, { UPLOAD_MAX_BYTES: '2048' });
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/chc');
    expect(config.UPLOAD_MAX_BYTES).toBe(2048);
    expect(config.NODE_ENV).toBe('development');
  });

  it('names every invalid variable and what it expects', () => {
    let error: unknown;
    try {
      readEnv(COMMON_ENV, { DATABASE_URL: 'mysql://x', UPLOAD_MAX_BYTES: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as EnvError).message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('postgres://');
    expect(message).toContain('UPLOAD_MAX_BYTES');
    expect((error as EnvError).problems).toHaveLength(2);
  });

  it('uses production defaults in production, where a null one makes the variable required', () => {
    const schema = { SECRET: env.string({ default: 'dev-secret', productionDefault: null }) };
    expect(readEnv(schema, {}).SECRET).toBe('dev-secret');
    expect(() => readEnv(schema, { NODE_ENV: 'production' })).toThrow(/SECRET is required/);
  });

  it('accepts only an absolute path to an existing directory as a directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chc-env-'));
    try {
      writeFileSync(join(dir, 'file'), 'x');
      const schema = { DIR: env.directory({ default: '/tmp' }) };
      expect(readEnv(schema, {}).DIR).toBe('/tmp');
      expect(readEnv(schema, { DIR: dir }).DIR).toBe(dir);
      expect(() => readEnv(schema, { DIR: 'relative/dir' })).toThrow(/DIR="relative\/dir" is invalid: expected an absolute path/);
      expect(() => readEnv(schema, { DIR: join(dir, 'missing') })).toThrow(/DIR=.* is invalid/);
      expect(() => readEnv(schema, { DIR: join(dir, 'file') })).toThrow(/DIR=.* is invalid/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
