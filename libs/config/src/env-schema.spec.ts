import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMON_ENV } from './common-env';
import { EnvError, env, readEnv } from './env-schema';

function problemsOf(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  throw new Error('expected an EnvError');
}

describe('readEnv', () => {
  it('applies defaults and parses values', () => {
    const config = readEnv(COMMON_ENV, { UPLOAD_MAX_BYTES: '2048' });
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/chc');
    expect(config.UPLOAD_MAX_BYTES).toBe(2048);
    expect(config.NODE_ENV).toBe('development');
  });

  it('treats an empty variable as unset', () => {
    expect(readEnv(COMMON_ENV, { LOG_LEVEL: '', PARSE_MAX_PAGES: '' })).toMatchObject({ LOG_LEVEL: 'info', PARSE_MAX_PAGES: 300 });
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

describe('env fields', () => {
  const schema = {
    PORT: env.int({ default: 3000, min: 1, max: 65_535 }),
    MODE: env.oneOf(['fast', 'slow'] as const, { default: 'fast' }),
    HOME_URL: env.url(['http:', 'https:'], { default: 'http://localhost:3000' }),
    VERBOSE: env.bool({ default: false }),
    NAME: env.string({ expects: 'a short name' }),
  };
  const valid = { NAME: 'chc' };

  it('converts good values to their types', () => {
    expect(readEnv(schema, { ...valid, PORT: ' 3100 ', MODE: 'slow', HOME_URL: 'https://chc.example', VERBOSE: 'YES' })).toEqual({
      PORT: 3100,
      MODE: 'slow',
      HOME_URL: 'https://chc.example',
      VERBOSE: true,
      NAME: 'chc',
    });
    expect(readEnv(schema, { ...valid, VERBOSE: '0' }).VERBOSE).toBe(false);
  });

  it.each([
    ['PORT', 'abc', 'PORT="abc" is invalid: expected a whole number from 1 to 65535.'],
    ['PORT', '3.5', 'PORT="3.5" is invalid: expected a whole number from 1 to 65535.'],
    ['PORT', '1e3', 'PORT="1e3" is invalid: expected a whole number from 1 to 65535.'],
    ['PORT', '0', 'PORT="0" is invalid: expected a whole number from 1 to 65535.'],
    ['PORT', '70000', 'PORT="70000" is invalid: expected a whole number from 1 to 65535.'],
    ['MODE', 'medium', 'MODE="medium" is invalid: expected one of fast, slow.'],
    ['HOME_URL', 'ftp://chc.example', 'HOME_URL="ftp://chc.example" is invalid: expected a URL starting http:// or https://.'],
    ['HOME_URL', 'not a url', 'HOME_URL="not a url" is invalid: expected a URL starting http:// or https://.'],
    ['VERBOSE', 'maybe', 'VERBOSE="maybe" is invalid: expected true or false.'],
  ])('refuses %s=%s, naming the variable and why', (name, value, problem) => {
    expect(problemsOf(() => readEnv(schema, { ...valid, [name]: value }))).toEqual([problem]);
  });

  it('says a required variable is missing and what to set it to', () => {
    expect(problemsOf(() => readEnv(schema, {}))).toEqual(['NAME is required: set it to a short name.']);
  });

  it('lists every problem at once, in the order of the schema', () => {
    expect(problemsOf(() => readEnv(schema, { PORT: 'x', VERBOSE: 'x' }))).toEqual([
      'PORT="x" is invalid: expected a whole number from 1 to 65535.',
      'VERBOSE="x" is invalid: expected true or false.',
      'NAME is required: set it to a short name.',
    ]);
  });
});
