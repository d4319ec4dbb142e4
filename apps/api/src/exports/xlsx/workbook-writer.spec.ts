import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { WorkbookSpec, XlsxCell } from './workbook-spec';
import { writeWorkbook } from './workbook-writer';

class Collector extends Writable {
  readonly parts: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.parts.push(Buffer.from(chunk));
    done();
  }
}

async function* rows(count: number): AsyncGenerator<XlsxCell[]> {
  for (let i = 0; i < count; i += 1) yield [`Landlord ${i}`, i % 2 === 0 ? 'yes' : null, i];
}

function spec(rowCount: number, produced = rowCount): WorkbookSpec {
  return {
    cover: {
      title: 'Compliance matrix, 2024',
      about: ['One row per landlord.'],
      filters: [
        { name: 'Year', value: '2024' },
        { name: 'Landlord type', value: 'housing_association' },
      ],
      generatedAt: new Date('2026-12-03T10:00:00Z'),
      generatedBy: 'analyst@example.org',
      versions: [{ name: 'Data version', value: 'v1' }],
      caveats: ['2022 answers are carried with a caveat.'],
    },
    notes: [{ term: 'yes', definition: 'Compliant.' }],
    tables: [
      {
        sheetName: 'Matrix',
        description: 'one row per landlord',
        columns: [{ header: 'Landlord' }, { header: '1.2' }, { header: 'Number' }],
        rowCount,
        rows: rows(produced),
      },
    ],
  };
}

async function write(workbookSpec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  const out = new Collector();
  await writeWorkbook(out, workbookSpec);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(out.parts) as unknown as ArrayBuffer);
  return workbook;
}

describe('writeWorkbook (ONS/GSS layout)', () => {
  it('writes a cover sheet with the title in A1, the filters and the row counts, then notes, then the table', async () => {
    const workbook = await write(spec(1500));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Cover', 'Notes', 'Matrix']);
    const cover = workbook.getWorksheet('Cover')!;
    expect(cover.getCell('A1').value).toBe('Compliance matrix, 2024');
    const coverText = cover.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(coverText).toContain('Landlord type: housing_association');
    expect(coverText).toContain('Matrix: one row per landlord (1,500 rows).');
    expect(coverText.some((t) => t.includes('analyst@example.org'))).toBe(true);

    const matrix = workbook.getWorksheet('Matrix')!;
    expect(matrix.getRow(1).values).toEqual([undefined, 'Landlord', '1.2', 'Number']);
    expect(matrix.actualRowCount).toBe(1501);
    expect(matrix.getRow(3).values).toEqual([undefined, 'Landlord 1', '[x]', 1]);
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbook.getWorksheet('Notes')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (const sheet of workbook.worksheets) expect(sheet.model.merges ?? []).toEqual([]);
  });

  it('fails rather than deliver a table whose rows differ from the count on the cover', async () => {
    await expect(write(spec(10, 9))).rejects.toThrow(/states 10 rows but 9/);
  });

  it('refuses sheet names Excel would cut or reject', async () => {
    const long = spec(1);
    long.tables[0]!.sheetName = 'A sheet name far too long for Excel';
    await expect(write(long)).rejects.toThrow(/1 to 30 characters/);
  });
});
