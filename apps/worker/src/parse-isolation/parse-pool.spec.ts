import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bigHonestText } from '@app/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { isParseLimitError } from './parse-limit.error';
import { ParsePool } from './parse-pool';

const SAMPLE = readFileSync(resolve(__dirname, '../../../../libs/parser/fixtures/corpus/004_f04719c660cefd4a.txt'));
const PARSER_LIMITS = { limits: { timeoutMs: 600_000, maxBytes: 64 * 1024 * 1024 } };

describe('ParsePool (real forked parse processes)', () => {
  const reports: { label: string; outcome: string }[] = [];
  const pool = new ParsePool({
    size: 2,
    maxMemoryMb: 1024,
    timeoutMs: 60_000,
    sampleIntervalMs: 50,
    maxParsesPerProcess: 50,
    onReport: (r) => reports.push(r),
  });
  afterAll(() => pool.close());

  it('parses a document in a process of its own and reports its time and peak memory', async () => {
    const run = await pool.parse(new Uint8Array(SAMPLE), {}, 'sample');
    expect(run.result.rows).toHaveLength(72);
    expect(run.peakRssMb).toBeGreaterThan(0);
    expect(reports).toContainEqual(expect.objectContaining({ label: 'sample', outcome: 'parsed' }));
  }, 60_000);

  it("passes the parser's verdict on a document through as a ParseError", async () => {
    await expect(pool.parse(new Uint8Array(Buffer.from('just a sentence, no table at all')), {}, 'prose')).rejects.toMatchObject({
      name: 'ParseError',
      code: 'no_table_found',
    });
  }, 60_000);

  it('kills a parse at the wall-clock limit even while the parser is busy, and the next parse still works', async () => {
    const strict = new ParsePool({ size: 1, maxMemoryMb: 2048, timeoutMs: 1_500, sampleIntervalMs: 50, maxParsesPerProcess: 50 });
    try {
      await strict.warm();
      const error: unknown = await strict.parse(new Uint8Array(bigHonestText(SAMPLE, 8 * 1024 * 1024)), PARSER_LIMITS, 'slow').catch((e: unknown) => e);
      expect(isParseLimitError(error) && error.code).toBe('parse_timeout');
      // Killed at the limit, not after the parse (several seconds) ran to its end.
      expect(isParseLimitError(error) && error.details.elapsedMs).toBeLessThan(3_500);
      expect((await strict.parse(new Uint8Array(SAMPLE), {}, 'after')).result.rows).toHaveLength(72);
    } finally {
      await strict.close();
    }
  }, 60_000);

  it('kills a parse that passes the memory ceiling and says so', async () => {
    const small = new ParsePool({ size: 1, maxMemoryMb: 160, timeoutMs: 60_000, sampleIntervalMs: 50, maxParsesPerProcess: 50 });
    try {
      const error: unknown = await small.parse(new Uint8Array(bigHonestText(SAMPLE, 20 * 1024 * 1024)), PARSER_LIMITS, 'big').catch((e: unknown) => e);
      expect(isParseLimitError(error) && error.code).toBe('parse_out_of_memory');
      expect(isParseLimitError(error) && error.message).toMatch(/more than 160 MB/);
    } finally {
      await small.close();
    }
  }, 60_000);
});
