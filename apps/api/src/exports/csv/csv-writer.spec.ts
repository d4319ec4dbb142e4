import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine, csvStream, unguardCsvText, UTF8_BOM } from './csv-writer';

async function collect(stream: NodeJS.ReadableStream): Promise<string> {
  const parts: Buffer[] = [];
  await pipeline(
    stream,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        parts.push(Buffer.from(chunk));
        done();
      },
    }),
  );
  return Buffer.concat(parts).toString('utf8');
}

async function* fromArray<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('csvField (RFC 4180)', () => {
  it('quotes only fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('cr\r\nlf')).toBe('"cr\r\nlf"');
  });

  it('writes empty for null, numbers as numbers, booleans as yes/no', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(true)).toBe('yes');
    expect(csvField(false)).toBe('no');
  });

  it('keeps a spreadsheet from running text that starts like a formula, and the guard can be undone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-see policy')).toBe("'-see policy");
    expect(csvField('@risk')).toBe("'@risk");
    expect(unguardCsvText("'-see policy")).toBe('-see policy');
    expect(unguardCsvText("'quoted")).toBe("'quoted");
  });

  it('ends each record with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});

describe('csvStream', () => {
  it('starts with a BOM and the header, and reads back to exactly the rows given', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [
      `name ${i}`,
      i % 3 === 0 ? 'a "quoted", multi\nline' : 'x',
      i,
    ]);
    let counted = -1;
    const text = await collect(csvStream(['name', 'text', 'n'], fromArray(rows), (n) => (counted = n)));
    expect(text.startsWith(UTF8_BOM + 'name,text,n\r\n')).toBe(true);
    const parsed = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(1000);
    expect(parsed[3]).toEqual({ name: 'name 3', text: 'a "quoted", multi\nline', n: '3' });
    expect(parsed[998]).toEqual({ name: 'name 998', text: 'x', n: '998' });
    expect(counted).toBe(1000);
  });

  it('pulls rows only as fast as the consumer reads (backpressure)', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<string[]> {
      for (;;) {
        produced += 1;
        yield ['x'.repeat(100)];
      }
    }
    const stream = csvStream(['v'], endless());
    stream.pause();
    stream.read(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Nobody reads: the producer stops after filling a bounded buffer instead of running forever.
    expect(produced).toBeLessThan(20_000);
    const before = produced;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(produced).toBe(before);
    stream.destroy();
  });
});
