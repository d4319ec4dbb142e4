import type { Page, TrendLandlordItem, TrendPoint, TrendResponse } from '@app/contracts';
import { AnalyticsTrendRepository, answeredRate } from '@app/db';
import { Injectable } from '@nestjs/common';
import { invalidRange } from './analytics.errors';
import { requireProvision, toStatusCounts } from './analytics-mapping';
import type { TrendLandlordsQueryDto, TrendQueryDto } from './dto/analytics-query.dto';

@Injectable()
export class TrendService {
  constructor(private readonly trends: AnalyticsTrendRepository) {}

  async trend(provisionNumber: string, query: TrendQueryDto): Promise<TrendResponse> {
    const { provision, title } = requireProvision(provisionNumber);
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) throw invalidRange();
    const groupBy = query.groupBy ?? 'none';
    const rows = await this.trends.trend({ ...query, provision }, groupBy);
    const series = rows.map((row): TrendPoint => {
      const counts = toStatusCounts(row);
      return {
        year: row.year,
        ...(groupBy === 'none' || row.group === null ? {} : { group: row.group }),
        landlords: row.landlords,
        counts,
        rate: answeredRate(counts),
        carried: row.carried,
        ...(row.caveat ? { caveat: 'caveat' as const } : {}),
      };
    });
    return { provision, title, rateDenominator: 'answered', series };
  }

  async landlords(provisionNumber: string, query: TrendLandlordsQueryDto): Promise<Page<TrendLandlordItem>> {
    const { provision } = requireProvision(provisionNumber);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 100;
    const { rows, total } = await this.trends.landlords({ ...query, provision }, page, pageSize);
    const items = rows.map(({ caveat, flags, ...row }): TrendLandlordItem => ({
      ...row,
      ...(caveat ? { caveat } : {}),
      ...(flags ? { flags } : {}),
    }));
    return { items, total, page, pageSize };
  }
}
