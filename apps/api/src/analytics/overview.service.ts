import type {
  OverviewResponse,
  ProvisionIndexResponse,
  ProvisionMovement,
  ProvisionNonCompliance,
} from '@app/contracts';
import { AnalyticsOverviewRepository, ChecksRepository, type ProvisionYearRow } from '@app/db';
import { Injectable } from '@nestjs/common';
import { provisionsOf2024, toStatusCounts } from './analytics-mapping';
import type { OverviewQueryDto, ProvisionIndexQueryDto } from './dto/analytics-query.dto';

const TOP = 10;

const yesRate = (row: ProvisionYearRow | undefined) =>
  row && row.answered > 0 ? row.yes / row.answered : null;

@Injectable()
export class OverviewService {
  constructor(
    private readonly repository: AnalyticsOverviewRepository,
    private readonly checks: ChecksRepository,
  ) {}

  private async yearOf(query: { year?: number }): Promise<number> {
    return query.year ?? (await this.repository.latestYear()) ?? new Date().getUTCFullYear();
  }

  /** Every 2024 provision with its counts and non-compliance rate in one year, from the per-slice totals. */
  async provisionIndex(query: ProvisionIndexQueryDto): Promise<ProvisionIndexResponse> {
    const { year: _year, ...filters } = query;
    const year = await this.yearOf(query);
    const [totals, rows] = await Promise.all([
      this.repository.totals(year, filters),
      this.repository.provisionTotals(year, filters),
    ]);
    const byProvision = new Map(rows.map((row) => [row.provision, row]));
    const zero = { yes: 0, no: 0, partial: 0, na: 0, missing: 0, unknown: 0 };
    return {
      year,
      years: totals.years,
      includesSampleData: totals.includesSampleData,
      provisions: provisionsOf2024().map((p) => {
        const counts = toStatusCounts(byProvision.get(p.provision) ?? zero);
        const nonCompliant = counts.no + counts.partial;
        const answered = counts.yes + nonCompliant;
        return {
          provision: p.provision,
          title: p.title,
          section: p.section,
          counts,
          nonCompliant,
          answered,
          rate: answered > 0 ? nonCompliant / answered : null,
        };
      }),
    };
  }

  async overview(query: OverviewQueryDto): Promise<OverviewResponse> {
    const { year: _year, ...filters } = query;
    const year = await this.yearOf(query);
    const [totals, provisionYears, nonSubmitters, flags] = await Promise.all([
      this.repository.totals(year, filters),
      this.repository.provisionYears(year, filters),
      this.repository.nonSubmitters(year, filters),
      this.checks.openFlagCounts(year, filters),
    ]);
    const current = new Map(provisionYears.filter((r) => r.year === year).map((r) => [r.provision, r]));
    const previous = new Map(provisionYears.filter((r) => r.year === year - 1).map((r) => [r.provision, r]));
    const provisions = provisionsOf2024();

    const mostNonCompliant: ProvisionNonCompliance[] = provisions
      .map((p) => {
        const row = current.get(p.provision);
        return {
          provision: p.provision,
          title: p.title,
          nonCompliant: row?.nonCompliant ?? 0,
          answered: row?.answered ?? 0,
          rate: row && row.answered > 0 ? row.nonCompliant / row.answered : null,
        };
      })
      .filter((p) => p.nonCompliant > 0)
      .sort((a, b) => b.nonCompliant - a.nonCompliant || (b.rate ?? 0) - (a.rate ?? 0))
      .slice(0, TOP);

    const largestChanges: ProvisionMovement[] = provisions
      .map((p) => {
        const rate = yesRate(current.get(p.provision));
        const previousRate = yesRate(previous.get(p.provision));
        return {
          provision: p.provision,
          title: p.title,
          previousRate,
          rate,
          change: rate !== null && previousRate !== null ? rate - previousRate : null,
        };
      })
      .filter((p) => p.change !== null && p.change !== 0)
      .sort((a, b) => Math.abs(b.change!) - Math.abs(a.change!))
      .slice(0, TOP);

    return {
      year,
      years: totals.years,
      registryLandlords: totals.registryLandlords,
      submitted: totals.submitted,
      counted: totals.counted,
      withNonCompliance: totals.withNonCompliance,
      mostNonCompliant,
      largestChanges,
      nonSubmitters,
      flags,
      includesSampleData: totals.includesSampleData,
    };
  }
}
