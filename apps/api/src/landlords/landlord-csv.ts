import { LANDLORD_TYPES, type LandlordDto, type LandlordType } from '@app/contracts';
import { normaliseLandlordName } from '@app/db';
import { CsvError, parse } from 'csv-parse/sync';

/** One landlord read from a CSV line: every field of the API shape the file can set. */
export type LandlordCsvInput = Omit<LandlordDto, 'id' | 'mergedIntoId'>;

export interface LandlordCsvRow {
  /** Line number in the file; the header is line 1. */
  line: number;
  name: string | null;
  /** Null when the line has errors. */
  input: LandlordCsvInput | null;
  messages: string[];
}

export interface ParsedLandlordCsv {
  /** Problems with the file as a whole (no header, unknown columns, unreadable CSV). */
  fileErrors: string[];
  rows: LandlordCsvRow[];
}

export const MAX_IMPORT_ROWS = 5_000;

type Field = keyof LandlordCsvInput;

/** Header spellings accepted for each field, compared lower-case with everything but letters removed. */
const HEADERS: Record<string, Field> = {
  name: 'name',
  landlord: 'name',
  landlordname: 'name',
  type: 'type',
  landlordtype: 'type',
  registrationcode: 'registrationCode',
  registration: 'registrationCode',
  code: 'registrationCode',
  region: 'region',
  homesowned: 'homesOwned',
  homes: 'homesOwned',
  aliases: 'aliases',
  alias: 'aliases',
  othernames: 'aliases',
};

/** Type spellings, compared lower-case with everything but letters removed. */
const TYPES: Record<string, LandlordType> = {
  ...Object.fromEntries(LANDLORD_TYPES.map((t) => [t.replace(/_/g, ''), t])),
  la: 'local_authority',
  council: 'local_authority',
  localauthority: 'local_authority',
  ha: 'housing_association',
  housingassociation: 'housing_association',
  registeredprovider: 'housing_association',
  privateregisteredprovider: 'housing_association',
  prp: 'housing_association',
  armslengthmanagementorganisation: 'almo',
  tenantmanagementorganisation: 'tmo',
};

const letters = (value: string) => value.toLowerCase().replace(/[^a-z]/g, '');

function parseRow(values: Partial<Record<Field, string>>, line: number): LandlordCsvRow {
  const messages: string[] = [];
  const name = values.name?.trim() ?? '';
  if (!name) messages.push('Name is missing.');
  else if (name.length > 200) messages.push('Name is longer than 200 characters.');
  else if (!normaliseLandlordName(name)) messages.push('Name has no letters or digits in it.');

  const rawType = values.type?.trim() ?? '';
  const type = TYPES[letters(rawType)];
  if (!type) {
    messages.push(
      rawType
        ? `Type "${rawType}" is not one of: local authority, housing association, ALMO, TMO, other.`
        : 'Type is missing: use local authority, housing association, ALMO, TMO or other.',
    );
  }

  const registrationCode = values.registrationCode?.trim().toUpperCase() || null;
  if (registrationCode && !/^[A-Z0-9][A-Z0-9 -]{0,29}$/.test(registrationCode)) {
    messages.push(
      `Registration code "${registrationCode}" should be letters and digits, e.g. L4512 or E09000023.`,
    );
  }

  const region = values.region?.trim() || null;
  if (region && region.length > 100) messages.push('Region is longer than 100 characters.');

  const rawHomes = values.homesOwned?.trim().replace(/[,\s]/g, '') ?? '';
  let homesOwned: number | null = null;
  if (rawHomes) {
    if (!/^\d{1,8}$/.test(rawHomes))
      messages.push(`Homes owned "${values.homesOwned?.trim()}" is not a whole number.`);
    else homesOwned = Number(rawHomes);
  }

  const aliases = (values.aliases ?? '')
    .split(/[;|]/)
    .map((a) => a.trim())
    .filter(Boolean);
  const longAlias = aliases.find((a) => a.length > 200);
  if (longAlias) messages.push(`Alias "${longAlias.slice(0, 40)}..." is longer than 200 characters.`);

  return {
    line,
    name: name || null,
    input: messages.length ? null : { name, type: type!, registrationCode, region, homesOwned, aliases },
    messages,
  };
}

/** Adds an error to later lines that repeat an earlier line's name, alias or registration code. */
function flagDuplicates(rows: LandlordCsvRow[]): void {
  const seenNames = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  for (const row of rows) {
    if (!row.input) continue;
    const problems: string[] = [];
    const own = new Set<string>();
    for (const value of [row.input.name, ...row.input.aliases]) {
      const key = normaliseLandlordName(value);
      if (!key || own.has(key)) continue;
      own.add(key);
      const earlier = seenNames.get(key);
      if (earlier !== undefined) problems.push(`"${value}" repeats a name or alias on line ${earlier}.`);
      else seenNames.set(key, row.line);
    }
    const code = row.input.registrationCode;
    if (code) {
      const earlier = seenCodes.get(code);
      if (earlier !== undefined) problems.push(`Registration code ${code} repeats line ${earlier}.`);
      else seenCodes.set(code, row.line);
    }
    if (problems.length) {
      row.messages.push(...problems);
      row.input = null;
    }
  }
}

/**
 * Reads a landlord registry CSV: a header row naming the columns (name, type, registration code,
 * region, homes owned, aliases; any order, only name and type required), aliases separated by ";"
 * or "|". Every line is checked and reported; nothing here touches the database.
 */
export function parseLandlordCsv(text: string): ParsedLandlordCsv {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const where =
      error instanceof CsvError && 'lines' in error
        ? ` near line ${String((error as { lines?: number }).lines)}`
        : '';
    return {
      fileErrors: [`The file is not valid CSV${where}: ${(error as Error).message.split('\n')[0]}`],
      rows: [],
    };
  }
  const [header, ...data] = records;
  if (!header)
    return { fileErrors: ['The file is empty: it needs a header row and one line per landlord.'], rows: [] };
  const fileErrors: string[] = [];
  const columns = header.record.map((title) => HEADERS[letters(title)] ?? null);
  header.record.forEach((title, i) => {
    if (!columns[i])
      fileErrors.push(
        `Column "${title}" is not one of: name, type, registration code, region, homes owned, aliases.`,
      );
  });
  for (const required of ['name', 'type'] as const) {
    if (!columns.includes(required)) fileErrors.push(`The header row has no "${required}" column.`);
  }
  if (!data.length) fileErrors.push('The file has a header row but no landlords.');
  if (data.length > MAX_IMPORT_ROWS)
    fileErrors.push(`The file has ${data.length} landlords; import at most ${MAX_IMPORT_ROWS} at a time.`);
  if (fileErrors.length) return { fileErrors, rows: [] };

  const rows = data.map(({ record, info }) => {
    const values: Partial<Record<Field, string>> = {};
    columns.forEach((field, i) => {
      if (field) values[field] = record[i];
    });
    const row = parseRow(values, info.lines);
    if (record.length > columns.length && record.slice(columns.length).some((v) => v)) {
      row.messages.push(
        `The line has ${record.length} values but the header names ${columns.length} columns.`,
      );
      row.input = null;
    }
    return row;
  });
  flagDuplicates(rows);
  return { fileErrors: [], rows };
}
