import { ANSWER_STATUSES, type TrendPoint, type TrendResponse } from '@app/contracts';
import { carriedText } from './caveat-text';
import { COMMON_CAVEATS, EXPORT_NOTES } from './export-notes';
import { type ExportContext, provenance } from './export-context';
import type { NamedValue, WorkbookSpec, XlsxCell } from './xlsx/workbook-spec';

export function trendHeader(): string[] {
  return [
    'Year',
    'Group',
    'Landlords',
    ...ANSWER_STATUSES.map((s) => `Count ${s}`),
    'Answered',
    'Rate (yes / answered)',
    'Caveat',
    'Carried from',
  ];
}

/** One point of the trend: the counts as the API gives them, the rate, and what they were carried from. */
export function trendRecord(point: TrendPoint): XlsxCell[] {
  const answered = point.counts.yes + point.counts.partial + point.counts.no;
  return [
    point.year,
    point.group ?? 'all landlords',
    point.landlords,
    ...ANSWER_STATUSES.map((status) => point.counts[status]),
    answered,
    point.rate,
    point.caveat === 'caveat' ? 'caveat' : 'no',
    point.carried.length ? point.carried.map(carriedText).join(', ') : 'none',
  ];
}

export function trendWorkbook(
  trend: TrendResponse,
  filters: NamedValue[],
  context: ExportContext,
): WorkbookSpec {
  return {
    cover: {
      title: `Complaint Handling Code self-assessments: provision ${trend.provision} over the years`,
      about: [
        `How landlords answered provision ${trend.provision} of the 2024 Code (${trend.title}) in each assessment year, from each landlord’s counting submission.`,
        'Rates are yes over answered (yes + partial + no).',
      ],
      ...provenance(filters, context),
      caveats: [
        ...COMMON_CAVEATS,
        'Rows whose Caveat column says caveat include 2022-Code answers carried with a caveat: compare them with later years with care.',
      ],
    },
    notes: EXPORT_NOTES,
    tables: [
      {
        sheetName: 'Trend',
        description: `one row per year${trend.series.some((p) => p.group !== undefined) ? ' and group' : ''}: landlords, counts by status and the rate`,
        columns: trendHeader().map((header) => ({ header, width: header === 'Carried from' ? 60 : 14 })),
        rowCount: trend.series.length,
        rows: trend.series.map(trendRecord),
      },
    ],
  };
}
