import { ANSWER_STATUSES, type MatrixProvision, type MatrixResponse, type MatrixRow } from '@app/contracts';
import { caveatText } from './caveat-text';
import { COMMON_CAVEATS, EXPORT_NOTES } from './export-notes';
import { type ExportContext, provenance } from './export-context';
import type { NamedValue, WorkbookSpec, XlsxCell } from './xlsx/workbook-spec';

/** Matrix rows fetched per request to the analytics query while an export streams. */
export const MATRIX_EXPORT_PAGE_SIZE = 500;

export type MatrixPageFetcher = (page: number, pageSize: number) => Promise<MatrixResponse>;

/**
 * Every row of the matrix, page after page of the same query the API answers, so the export holds
 * exactly what the screen pages through. Fails if the pages add up to more or fewer rows than `total`.
 */
export async function* allMatrixRows(
  first: MatrixResponse,
  fetchPage: MatrixPageFetcher,
): AsyncGenerator<MatrixRow> {
  let seen = 0;
  let page = first;
  for (let number = first.page; ; number += 1) {
    if (number !== first.page) page = await fetchPage(number, MATRIX_EXPORT_PAGE_SIZE);
    for (const row of page.rows) yield row;
    seen += page.rows.length;
    if (page.rows.length < MATRIX_EXPORT_PAGE_SIZE || seen >= first.total) break;
  }
  if (seen !== first.total)
    throw new Error(`The matrix changed while it was exported: ${seen} rows read, ${first.total} expected`);
}

export function matrixHeader(provisions: MatrixProvision[]): string[] {
  return [
    'Landlord',
    'Landlord type',
    'Region',
    'Size band',
    'Sample data',
    'Code version',
    ...ANSWER_STATUSES.map((status) => `Count ${status}`),
    ...provisions.map((p) => p.provision),
    'Caveats',
    'Consistency flags',
    'Landlord id',
    'Submission id',
  ];
}

/**
 * One landlord's row: facts, counts over the shown provisions, a status per provision ([x] where not reached),
 * markers in words, and the consistency flags standing on its cells (`6.3: no_evidence | 6.14: timescale_conflict`).
 */
export function matrixRecord(row: MatrixRow, provisions: MatrixProvision[]): XlsxCell[] {
  const marked = provisions
    .filter((p) => row.cells[p.provision]?.caveat)
    .map((p) => `${p.provision}: ${caveatText(row.cells[p.provision]!.caveat)}`);
  const flagged = provisions
    .filter((p) => row.cells[p.provision]?.flags?.length)
    .map((p) => `${p.provision}: ${row.cells[p.provision]!.flags!.join(', ')}`);
  return [
    row.landlordName,
    row.landlordType,
    row.region,
    row.sizeBand,
    row.sample ? 'yes' : 'no',
    row.codeVersion,
    ...ANSWER_STATUSES.map((status) => row.counts[status]),
    ...provisions.map((p) => row.cells[p.provision]?.status ?? null),
    marked.join(' | ') || 'none',
    flagged.join(' | ') || 'none',
    row.landlordId,
    row.submissionId,
  ];
}

export function matrixWorkbook(
  first: MatrixResponse,
  rows: AsyncIterable<MatrixRow>,
  filters: NamedValue[],
  context: ExportContext,
): WorkbookSpec {
  return {
    cover: {
      title: `Complaint Handling Code self-assessments: compliance matrix, ${first.year}`,
      about: [
        `Each landlord’s counted answer to each provision of the 2024 Code for assessment year ${first.year}, one row per landlord with a counting submission.`,
        'Source: landlords’ published self-assessments, collected and read by the Housing Ombudsman’s self-assessment monitor.',
      ],
      ...provenance(filters, context),
      caveats: [
        ...COMMON_CAVEATS,
        'The Caveats column lists, per landlord, the provisions whose answer was carried with a caveat or is the least compliant of several.',
        'The Consistency flags column lists, per landlord, the provisions whose answer carries a consistency flag no analyst has dismissed.',
      ],
    },
    notes: EXPORT_NOTES,
    tables: [
      {
        sheetName: 'Matrix',
        description: `one row per landlord: counts over the shown provisions and the status of each provision, ${first.year}`,
        columns: matrixHeader(first.provisions).map((header, index) => ({
          header,
          width: index === 0 ? 40 : index < 6 ? 16 : 10,
        })),
        rowCount: first.total,
        rows: (async function* () {
          for await (const row of rows) yield matrixRecord(row, first.provisions);
        })(),
      },
      {
        sheetName: 'Provisions',
        description: 'the provisions shown in the matrix, with their titles and Code sections',
        columns: [
          { header: 'Provision', width: 12 },
          { header: 'Title', width: 80 },
          { header: 'Section', width: 10 },
        ],
        rowCount: first.provisions.length,
        rows: first.provisions.map((p) => [p.provision, p.title, p.section]),
      },
    ],
  };
}
