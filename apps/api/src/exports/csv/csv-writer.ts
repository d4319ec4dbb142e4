import { Readable } from 'node:stream';

export type CsvValue = string | number | boolean | null | undefined;

/** Byte order mark: Excel reads a CSV as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

/** Lines gathered into one chunk before it is handed to the socket (fewer, larger writes). */
const LINES_PER_CHUNK = 1024;

const NEEDS_QUOTES = /[",\r\n]/;
/**
 * Spreadsheets run a cell that starts with one of these as a formula. Text from landlords' documents
 * is untrusted, so such a text field is prefixed with an apostrophe (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Anything that needs a second look: most fields (ids, statuses, numbers as text) pass this one test. */
const SPECIAL = /[",\r\n]|^[=+\-@\t]/;

/** One field, quoted as RFC 4180 says: only when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (!SPECIAL.test(value)) return value;
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF line break (RFC 4180). */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Undoes the formula guard of `csvField`, for readers that compare a CSV with the data it came from. */
export function unguardCsvText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * A CSV as a stream: BOM, header, then the records as `rows` yields them. Pulls the next rows only
 * when the consumer (the HTTP response) has room, so a slow download slows the database cursor
 * instead of filling memory. `onEnd` gets the number of records written (not counting the header).
 */
export function csvStream(
  header: readonly string[],
  rows: AsyncIterable<readonly CsvValue[]>,
  onEnd?: (records: number) => void,
): Readable {
  async function* chunks(): AsyncGenerator<string> {
    yield UTF8_BOM + csvLine(header);
    let records = 0;
    let pending: string[] = [];
    for await (const row of rows) {
      pending.push(csvLine(row));
      records += 1;
      if (pending.length >= LINES_PER_CHUNK) {
        yield pending.join('');
        pending = [];
      }
    }
    if (pending.length > 0) yield pending.join('');
    onEnd?.(records);
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 64 * 1024 });
}
