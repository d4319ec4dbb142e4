import type { TidyAnswerRow } from '@app/db';
import { caveatText } from './caveat-text';
import type { CsvValue } from './csv/csv-writer';

/** The tidy export's columns, in order, with how each is read from a counted answer. */
const COLUMNS: [header: string, value: (row: TidyAnswerRow) => CsvValue][] = [
  ['landlord', (r) => r.landlordName],
  ['registration code', (r) => r.registrationCode],
  ['landlord type', (r) => r.landlordType],
  ['region', (r) => r.region],
  ['size band', (r) => r.sizeBand],
  ['sample data', (r) => r.sample],
  ['year', (r) => r.year],
  ['code version', (r) => r.codeVersion],
  ['provision as printed', (r) => r.printedProvision],
  ['provision (2024 Code)', (r) => r.provision],
  ['crosswalk relation', (r) => r.relation],
  ['crosswalk trend', (r) => r.trend],
  ['caveat', (r) => caveatText(r.caveat)],
  ['status', (r) => r.status],
  ['status as written', (r) => r.statusAsWritten],
  ['evidence', (r) => r.evidence],
  ['commentary', (r) => r.commentary],
  ['corrected', (r) => r.corrected],
  ['consistency flags', (r) => r.flags?.join('; ') ?? null],
  ['submission id', (r) => r.submissionId],
  ['answer id', (r) => r.answerId],
  ['parser version', (r) => r.parserVersion],
];

export const ANSWERS_CSV_HEADER = COLUMNS.map(([header]) => header);

export function answersCsvRecord(row: TidyAnswerRow): CsvValue[] {
  return COLUMNS.map(([, value]) => value(row));
}

export async function* answersCsvRecords(rows: AsyncIterable<TidyAnswerRow>): AsyncGenerator<CsvValue[]> {
  for await (const row of rows) yield answersCsvRecord(row);
}
