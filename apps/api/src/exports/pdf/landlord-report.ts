import type { Writable } from 'node:stream';
import type { LandlordProfileResponse } from '@app/contracts';
import { caveatText } from '../caveat-text';
import { type ExportContext, versionFacts } from '../export-context';
import { COMMON_CAVEATS } from '../export-notes';
import type { NamedValue } from '../xlsx/workbook-spec';
import { ReportDocument } from './report-document';
import { CAVEAT_MARK, drawShareChart } from './share-chart';
import { percent, shareSeries } from './share-series';

/** Years whose counted answers include a caveat carry or a least-compliant choice. */
function caveatYears(profile: LandlordProfileResponse): Set<number> {
  return new Set(
    Object.entries(profile.grid)
      .filter(([, cells]) =>
        Object.values(cells).some((cell) => cell.caveat?.from.some((f) => f.trend === 'caveat')),
      )
      .map(([year]) => Number(year)),
  );
}

/**
 * The printable landlord profile: registry facts, a chart and a table of its answers by year, its
 * section rates beside its peers' medians, the changes between years, every provision by year, and
 * the caveats. Resolves with the number of table rows written.
 */
export async function writeLandlordReport(
  out: Writable,
  profile: LandlordProfileResponse,
  filters: NamedValue[],
  context: ExportContext,
): Promise<number> {
  const { landlord } = profile;
  const title = `${landlord.name}: Complaint Handling Code self-assessments`;
  const report = new ReportDocument(out, { title, subject: 'Landlord profile', author: context.generatedBy });
  const marked = caveatYears(profile);
  let rows = 0;

  report.heading(title, 1);
  report.facts([
    { name: 'Landlord type', value: landlord.type },
    { name: 'Registration code', value: landlord.registrationCode ?? '[x]' },
    { name: 'Region', value: landlord.region ?? '[x]' },
    {
      name: 'Homes owned',
      value: landlord.homesOwned === null ? '[x]' : landlord.homesOwned.toLocaleString('en-GB'),
    },
    { name: 'Size band', value: landlord.sizeBand },
    ...(landlord.sample ? [{ name: 'Sample data', value: 'yes: a generated, fictional landlord' }] : []),
    ...(landlord.mergedFrom.length
      ? [{ name: 'Merged into it', value: landlord.mergedFrom.map((m) => m.name).join(', ') }]
      : []),
  ]);
  report.heading('About this report');
  report.facts([
    ...filters,
    { name: 'Generated', value: `${context.generatedAt.toISOString()} by ${context.generatedBy}` },
    ...versionFacts(context.versions),
  ]);

  report.heading('Answers by year');
  const bars = shareSeries(
    profile.years.map((y) => ({ year: y.year, counts: y.counts, caveat: marked.has(y.year) })),
  );
  report.figure(
    `Stacked bars of the shares of yes, partial and no answers in each year${marked.size ? `; years ${[...marked].join(', ')} include answers carried with a caveat` : ''}.`,
    190,
    (box) => drawShareChart(report.doc, bars, box),
  );
  report.table({
    header: ['Year', 'Code', 'yes', 'partial', 'no', 'na', 'missing', 'unknown', 'Rate', 'Submitted by'],
    widths: [1, 1, 1, 1, 1, 1, 1.2, 1.2, 1, 3],
    rows: profile.years.map((y) => [
      `${y.year}${marked.has(y.year) ? CAVEAT_MARK : ''}`,
      y.codeVersion,
      ...[y.counts.yes, y.counts.partial, y.counts.no, y.counts.na, y.counts.missing, y.counts.unknown].map(
        String,
      ),
      percent(y.rate),
      y.mergedFrom ? `${y.mergedFrom.landlordName} (since merged)` : 'this landlord',
    ]),
  });
  rows += profile.years.length;

  const sections = profile.sectionRates;
  report.heading(`Sections against peers${sections.year ? `, ${sections.year}` : ''}`);
  report.paragraph(
    'Peers: landlords of the same type and size band. A median is withheld ([x]) when there are too few peers to show it.',
  );
  report.table({
    header: ['Section', 'Title', 'Rate', 'Peer median', 'Peers'],
    widths: [1, 5, 1.2, 1.5, 1],
    rows: sections.sections.map((s) => [
      String(s.section),
      s.title,
      percent(s.rate),
      percent(s.peerMedian),
      String(s.peerCount),
    ]),
  });
  rows += sections.sections.length;

  report.heading('Changes between years');
  report.table({
    header: ['Provision', 'From', 'To', 'Was', 'Now', 'Change'],
    rows: profile.changes.map((c) => [
      c.provision,
      String(c.fromYear),
      String(c.toYear),
      c.from,
      c.to,
      `${c.change}${c.caveat ? ` ${CAVEAT_MARK}` : ''}`,
    ]),
  });
  rows += profile.changes.length;

  const years = profile.years.map((y) => y.year);
  report.heading('Every provision by year');
  report.table({
    header: ['Provision', ...years.map(String)],
    widths: [1.4, ...years.map(() => 1)],
    rows: profile.provisions.map((p) => [
      p.provision,
      ...years.map((year) => {
        const cell = profile.grid[String(year)]?.[p.provision];
        return cell ? `${cell.status}${cell.caveat ? CAVEAT_MARK : ''}` : '[x]';
      }),
    ]),
  });
  rows += profile.provisions.length;

  report.heading('Caveats');
  for (const caveat of COMMON_CAVEATS) report.paragraph(caveat);
  report.paragraph(
    `${CAVEAT_MARK} marks an answer carried with a caveat or counted as the least compliant of several:`,
  );
  const markers = years.flatMap((year) =>
    profile.provisions
      .map((p) => ({ p, cell: profile.grid[String(year)]?.[p.provision] }))
      .filter(({ cell }) => cell?.caveat)
      .map(({ p, cell }) => [String(year), p.provision, cell!.status, caveatText(cell!.caveat)]),
  );
  report.table({ header: ['Year', 'Provision', 'Status', 'Caveat'], widths: [1, 1, 1, 6], rows: markers });
  rows += markers.length;

  await report.end();
  return rows;
}
