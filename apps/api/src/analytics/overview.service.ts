import type { OverviewResponse, ProvisionMovement, ProvisionNonCompliance } from '@app/contracts';
import { AnalyticsOverviewRepository, ChecksRepository, type ProvisionYearRow } from '@app/db';
import { Injectable } from '@nestjs/common';
import { provisionsOf2024 } from './analytics-mapping';
import type { OverviewQueryDto } from './dto/analytics-query.dto';

const TOP = 10;

const yesRate = (row: ProvisionYearRow | undefined) =>
  row && row.answered > 0 ? row.yes / row.answered : null;

@Injectable()
export class OverviewService {
  constructor(
    private readonly repository: AnalyticsOverviewRepository,
    private readonly checks: ChecksRepository,
  ) {}

  async overview(query: OverviewQueryDto): Promise<OverviewResponse> {
    const { year: _year, ...filters } = query;
    const year = query.year ?? (await this.repository.latestYear()) ?? new Date().getUTCFullYear();
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
