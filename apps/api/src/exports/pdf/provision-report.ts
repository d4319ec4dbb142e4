import type { Writable } from 'node:stream';
import type { TrendResponse } from '@app/contracts';
import { carriedText } from '../caveat-text';
import { type ExportContext, versionFacts } from '../export-context';
import { COMMON_CAVEATS } from '../export-notes';
import type { NamedValue } from '../xlsx/workbook-spec';
import { ReportDocument } from './report-document';
import { CAVEAT_MARK, drawShareChart } from './share-chart';
import { percent, shareSeries } from './share-series';

/**
 * The printable provision page: the trend of yes / partial / no shares by year (chart and table),
 * the same by landlord type, and where 2022-Code answers were carried from. Resolves with the table rows written.
 */
export async function writeProvisionReport(
  out: Writable,
  trend: TrendResponse,
  byType: TrendResponse,
  filters: NamedValue[],
  context: ExportContext,
): Promise<number> {
  // Catalog titles usually start with their number ("6.3 Stage 1 response …").
  const title = `Provision ${trend.title.startsWith(`${trend.provision} `) ? trend.title : `${trend.provision} ${trend.title}`}`;
  const report = new ReportDocument(out, {
    title,
    subject: 'Provision over the years',
    author: context.generatedBy,
  });
  report.heading(title, 1);
  report.paragraph(
    `How landlords answered provision ${trend.provision} of the 2024 Code in each assessment year. Rates are yes over answered (yes + partial + no).`,
  );
  report.heading('About this report');
  report.facts([
    ...filters,
    { name: 'Generated', value: `${context.generatedAt.toISOString()} by ${context.generatedBy}` },
    ...versionFacts(context.versions),
  ]);

  const caveatYears = trend.series.filter((p) => p.caveat === 'caveat').map((p) => p.year);
  report.heading('Answers by year');
  report.figure(
    `Stacked bars of the shares of yes, partial and no answers to provision ${trend.provision} in each year${caveatYears.length ? `; years ${caveatYears.join(', ')} include answers carried with a caveat` : ''}.`,
    200,
    (box) => drawShareChart(report.doc, shareSeries(trend.series), box),
  );
  const yearRows = trend.series.map((p) => [
    `${p.year}${p.caveat ? CAVEAT_MARK : ''}`,
    String(p.landlords),
    ...[p.counts.yes, p.counts.partial, p.counts.no, p.counts.na, p.counts.missing, p.counts.unknown].map(
      String,
    ),
    percent(p.rate),
  ]);
  const header = ['Landlords', 'yes', 'partial', 'no', 'na', 'missing', 'unknown', 'Rate'];
  report.table({ header: ['Year', ...header], rows: yearRows });

  report.heading('By landlord type');
  const typeRows = byType.series.map((p) => [
    `${p.year}${p.caveat ? CAVEAT_MARK : ''}`,
    p.group ?? '',
    String(p.landlords),
    ...[p.counts.yes, p.counts.partial, p.counts.no, p.counts.na, p.counts.missing, p.counts.unknown].map(
      String,
    ),
    percent(p.rate),
  ]);
  report.table({
    header: ['Year', 'Landlord type', ...header],
    widths: [1, 2.2, 1.2, 1, 1, 1, 1, 1.2, 1.2, 1],
    rows: typeRows,
  });

  report.heading('Caveats');
  for (const caveat of COMMON_CAVEATS) report.paragraph(caveat);
  const carried = trend.series.filter((p) => p.carried.length > 0);
  if (carried.length === 0)
    report.paragraph('No year of this provision includes answers carried from the 2022 Code.');
  else {
    report.paragraph(
      `${CAVEAT_MARK} marks a year whose counts include 2022-Code answers carried with a caveat. Where each year’s answers came from:`,
    );
    report.table({
      header: ['Year', 'Carried from (2022 provision, relation, trend)'],
      widths: [1, 6],
      rows: carried.map((p) => [
        String(p.year),
        p.carried.map((c) => `${carriedText(c)} ${c.trend}`).join('; '),
      ]),
    });
  }
  await report.end();
  return yearRows.length + typeRows.length + carried.length;
}
