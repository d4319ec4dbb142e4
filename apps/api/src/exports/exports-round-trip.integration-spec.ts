import type { LandlordProfileResponse, MatrixResponse, MatrixRow, TrendResponse } from '@app/contracts';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from './pdf/pdf-text.test-support';
import { ApiClient, type ApiHarness, createUser, startApi } from '../testing/api-harness.test-support';
import { download } from '../testing/export-download.test-support';
import { createExportSector, FIXTURE_RARE_FLAG, type FixtureLandlord } from '../testing/export-fixtures.test-support';

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** A sheet as objects keyed by its header row (row 1). */
function table(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i]])));
  });
  return rows;
}

function coverText(book: ExcelJS.Workbook): string[] {
  return book
    .getWorksheet('Cover')!
    .getColumn(1)
    .values.filter((v): v is string => typeof v === 'string');
}

describe('exports read back equal the analytics API for the same filters', () => {
  let harness: ApiHarness;
  let analyst: ApiClient;
  let sector: FixtureLandlord[];

  beforeAll(async () => {
    harness = await startApi();
    sector = await createExportSector(harness.db, 14);
    const user = await createUser(harness.db, 'analyst');
    analyst = new ApiClient(harness.base);
    expect((await analyst.login(user.email)).status).toBe(200);
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function json<T>(path: string): Promise<T> {
    const result = await analyst.call<T>('GET', path);
    expect(result.status, path).toBe(200);
    return result.body;
  }

  /** Every row of the matrix through the API's own paging. */
  async function matrixJson(query: string): Promise<MatrixResponse & { all: MatrixRow[] }> {
    const all: MatrixRow[] = [];
    let first: MatrixResponse | null = null;
    for (let page = 1; ; page += 1) {
      const body = await json<MatrixResponse>(`/api/analytics/matrix?${query}&page=${page}&pageSize=3`);
      first ??= body;
      all.push(...body.rows);
      if (all.length >= body.total || body.rows.length === 0) break;
    }
    return { ...first!, all };
  }

  it('matrix.xlsx: the same landlords, cells and counts as every page of the matrix, the filters on the cover', async () => {
    const query = 'year=2024&landlordType=housing_association&sort=-nonCompliant';
    const api = await matrixJson(query);
    expect(api.total).toBeGreaterThan(3);
    const file = await download(analyst, harness.base, `/api/exports/matrix.xlsx?${query}&page=2&pageSize=3`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toMatch(
      /filename="chc-matrix-2024-housing_association-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const book = await workbook(file.bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Cover', 'Notes', 'Matrix', 'Provisions']);
    const cover = coverText(book);
    expect(book.getWorksheet('Cover')!.getCell('A1').value).toMatch(/compliance matrix, 2024/);
    expect(cover).toContain('Assessment year: 2024');
    expect(cover).toContain('Landlord type: housing_association');
    expect(cover).toContain('Region: all regions');
    expect(cover).toContain('Sorted by: -nonCompliant');
    expect(cover).toContain(
      `Matrix: one row per landlord: counts over the shown provisions and the status of each provision, 2024 (${api.total} rows).`,
    );
    expect(cover.some((line) => line.startsWith('Data version: '))).toBe(true);

    const rows = table(book.getWorksheet('Matrix')!);
    expect(rows.map((r) => r['Landlord id'])).toEqual(api.all.map((r) => r.landlordId));
    for (const [index, row] of rows.entries()) {
      const expected = api.all[index]!;
      expect(row['Landlord']).toBe(expected.landlordName);
      expect(row['Count no']).toBe(expected.counts.no);
      expect(row['Count yes']).toBe(expected.counts.yes);
      for (const provision of api.provisions) {
        expect(row[provision.provision], `${expected.landlordName} ${provision.provision}`).toBe(
          expected.cells[provision.provision]?.status ?? '[x]',
        );
      }
    }
    expect(table(book.getWorksheet('Provisions')!).map((r) => r['Provision'])).toEqual(
      api.provisions.map((p) => p.provision),
    );
    const matrix = book.getWorksheet('Matrix')!;
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('matrix.csv: the same rows for a provision and status filter, and carried answers marked in a 2022-Code year', async () => {
    const query = 'year=2022&provisions=6.3,1.2,5.8&status=no';
    const api = await matrixJson(query);
    const file = await download(analyst, harness.base, `/api/exports/matrix.csv?${query}`);
    expect(file.status).toBe(200);
    const rows = parse(file.bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Landlord id'])).toEqual(api.all.map((r) => r.landlordId));
    for (const [index, row] of rows.entries()) {
      for (const provision of api.provisions)
        expect(row[provision.provision]).toBe(api.all[index]!.cells[provision.provision]?.status ?? '[x]');
      expect(row['Code version']).toBe('2022');
    }
    const caveatCells = api.all.flatMap((r) => Object.entries(r.cells).filter(([, c]) => c.caveat));
    expect(rows.filter((r) => r['Caveats'] !== 'none').length).toBe(
      new Set(api.all.filter((r) => Object.values(r.cells).some((c) => c.caveat)).map((r) => r.landlordId))
        .size,
    );
    if (caveatCells.length > 0)
      expect(
        rows.some(
          (r) =>
            /carried with a caveat from 2022/.test(r['Caveats']!) || /least compliant/.test(r['Caveats']!),
        ),
      ).toBe(true);
  });

  it('matrix.csv, matrix.xlsx and answers.csv with a flag filter: the landlords and flagged cells of the matrix for that flag', async () => {
    const query = `year=2024&flag=${FIXTURE_RARE_FLAG}`;
    const api = await matrixJson(query);
    const unfiltered = await matrixJson('year=2024');
    expect(api.total).toBeGreaterThan(0);
    expect(api.total).toBeLessThan(unfiltered.total);
    const flagsIn = (row: MatrixRow) =>
      api.provisions
        .filter((p) => row.cells[p.provision]?.flags?.length)
        .map((p) => `${p.provision}: ${row.cells[p.provision]!.flags!.join(', ')}`)
        .join(' | ') || 'none';
    expect(api.all.every((row) => flagsIn(row).includes(FIXTURE_RARE_FLAG))).toBe(true);

    const csvFile = await download(analyst, harness.base, `/api/exports/matrix.csv?${query}`);
    expect(csvFile.status).toBe(200);
    expect(csvFile.headers.get('content-disposition')).toMatch(/chc-matrix-2024-timescale_conflict-/);
    const rows = parse(csvFile.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r['Landlord id'])).toEqual(api.all.map((r) => r.landlordId));
    for (const [index, row] of rows.entries())
      expect(row['Consistency flags']).toBe(flagsIn(api.all[index]!));

    const book = await workbook(
      (await download(analyst, harness.base, `/api/exports/matrix.xlsx?${query}`)).bytes,
    );
    expect(coverText(book)).toContain(`Only landlords with the consistency flag: ${FIXTURE_RARE_FLAG}`);
    expect(
      table(book.getWorksheet('Matrix')!).map((r) => [r['Landlord id'], r['Consistency flags']]),
    ).toEqual(api.all.map((r) => [r.landlordId, flagsIn(r)]));

    // The tidy CSV for the same year and flag: the same landlords, and each answer's flags as its matrix cell's.
    const tidy = await download(analyst, harness.base, `/api/exports/answers.csv?${query}`);
    expect(tidy.status).toBe(200);
    const answers = parse(tidy.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const landlordIds = new Set(api.all.map((r) => r.landlordName));
    const ours = answers.filter((r) => sector.some((l) => l.name === r['landlord']));
    expect(new Set(ours.map((r) => r['landlord']))).toEqual(
      new Set([...landlordIds].filter((name) => sector.some((l) => l.name === name))),
    );
    const cellOf = new Map(
      api.all.flatMap((r) => Object.entries(r.cells).map(([p, c]) => [`${r.landlordName}|${p}`, c])),
    );
    for (const row of ours) {
      const cell = cellOf.get(`${row['landlord']}|${row['provision (2024 Code)']}`)!;
      expect(row['status']).toBe(cell.status);
      expect(row['consistency flags']).toBe((cell.flags ?? []).join('; '));
    }
    expect(ours.some((r) => r['consistency flags'].includes(FIXTURE_RARE_FLAG))).toBe(true);
  });

  it('trend.xlsx and trend.csv: the same series as the trend, caveat years marked', async () => {
    const api = await json<TrendResponse>('/api/analytics/provisions/6.3/trend?groupBy=landlordType');
    expect(api.series.some((p) => p.year === 2022)).toBe(true);
    const xlsx = await download(
      analyst,
      harness.base,
      '/api/exports/provisions/6.3/trend.xlsx?groupBy=landlordType',
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toMatch(
      /filename="chc-provision-6.3-trend-by-landlordtype-\d{4}-\d{2}-\d{2}\.xlsx"/,
    );
    const book = await workbook(xlsx.bytes);
    expect(coverText(book)).toContain('Grouped by: landlordType');
    const rows = table(book.getWorksheet('Trend')!);
    expect(rows).toHaveLength(api.series.length);
    for (const [index, point] of api.series.entries()) {
      expect(rows[index]).toMatchObject({
        Year: point.year,
        Group: point.group,
        Landlords: point.landlords,
        'Count yes': point.counts.yes,
        'Count no': point.counts.no,
        'Count partial': point.counts.partial,
        Caveat: point.caveat === 'caveat' ? 'caveat' : 'no',
      });
      expect(rows[index]!['Rate (yes / answered)']).toBe(point.rate ?? '[x]');
    }
    const csv = await download(
      analyst,
      harness.base,
      '/api/exports/provisions/6.3/trend.csv?groupBy=landlordType',
    );
    const csvRows = parse(csv.bytes.toString('utf8'), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(csvRows.map((r) => [Number(r['Year']), r['Group'], Number(r['Count no'])])).toEqual(
      api.series.map((p) => [p.year, p.group, p.counts.no]),
    );
  });

  it('provision report.pdf: tagged, selectable text with the title, the filters, every year and the caveats', async () => {
    const api = await json<TrendResponse>('/api/analytics/provisions/6.3/trend?from=2022&to=2025');
    const file = await download(
      analyst,
      harness.base,
      '/api/exports/provisions/6.3/report.pdf?from=2022&to=2025',
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const pdf = await readPdf(new Uint8Array(file.bytes));
    expect(pdf.tagged).toBe(true);
    expect(pdf.roles).toContain('Figure');
    expect(pdf.roles).toContain('TH');
    expect(pdf.text).toContain(`Provision ${api.title}`);
    expect(pdf.text).toContain('From year: 2022');
    expect(pdf.text).toContain('Data version:');
    for (const point of api.series) {
      expect(pdf.text).toContain(
        `${point.year}${point.caveat ? '*' : ''} ${point.landlords} ${point.counts.yes} ${point.counts.partial} ${point.counts.no}`,
      );
    }
    expect(api.series.some((p) => p.caveat)).toBe(true);
    expect(pdf.text).toContain('carried with a caveat');
  });

  it('landlord report.pdf: the profile’s years, counts and grid; a landlord user gets its own and 404 for another', async () => {
    const landlord = sector[1]!;
    const api = await json<LandlordProfileResponse>(`/api/analytics/landlords/${landlord.id}`);
    const file = await download(analyst, harness.base, `/api/exports/landlords/${landlord.id}/report.pdf`);
    expect(file.status).toBe(200);
    const pdf = await readPdf(new Uint8Array(file.bytes));
    expect(pdf.title).toBe(`${landlord.name}: Complaint Handling Code self-assessments`);
    for (const year of api.years) {
      expect(pdf.text).toMatch(
        new RegExp(
          `${year.year}\\*? ${year.codeVersion} ${year.counts.yes} ${year.counts.partial} ${year.counts.no} ${year.counts.na}`,
        ),
      );
    }
    for (const provision of api.provisions.slice(0, 5)) expect(pdf.text).toContain(provision.provision);

    const own = await createUser(harness.db, 'landlord', landlord.id);
    const landlordUser = new ApiClient(harness.base);
    expect((await landlordUser.login(own.email)).status).toBe(200);
    expect(
      (await download(landlordUser, harness.base, `/api/exports/landlords/${landlord.id}/report.pdf`)).status,
    ).toBe(200);
    expect(
      (await download(landlordUser, harness.base, `/api/exports/landlords/${sector[2]!.id}/report.pdf`))
        .status,
    ).toBe(404);
    expect((await download(landlordUser, harness.base, '/api/exports/matrix.xlsx?year=2024')).status).toBe(
      403,
    );
  });
});
