import type { SessionUser } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import type { TrendQueryDto } from '../analytics/dto/analytics-query.dto';
import { ProfileService } from '../analytics/profile.service';
import { TrendService } from '../analytics/trend.service';
import { filterFacts } from './export-context';
import { CONTENT_TYPES, type ExportFile, exportFileName } from './export-file';
import { trendFilters } from './export-filters';
import { ExportsService } from './exports.service';
import { writeLandlordReport } from './pdf/landlord-report';
import { writeProvisionReport } from './pdf/provision-report';

/** The printable PDF reports of the landlord profile and the provision page. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly exports: ExportsService,
    private readonly profiles: ProfileService,
    private readonly trends: TrendService,
  ) {}

  /** The profile the API would give this user (a landlord user: its own only, peer medians withheld as there). */
  async landlord(user: SessionUser, landlordId: string): Promise<ExportFile> {
    const profile = await this.profiles.profile(user, landlordId);
    const context = await this.exports.context(user);
    const filters = filterFacts([
      { name: 'Landlord', value: `${profile.landlord.name} (${profile.landlord.id})`, all: '' },
      { name: 'Years', value: undefined, all: 'every year with a counting submission' },
    ]);
    return {
      kind: 'landlord-report.pdf',
      fileName: exportFileName('landlord', [profile.landlord.name], 'pdf', context.generatedAt),
      contentType: CONTENT_TYPES.pdf,
      filters: { landlordId },
      subject: { type: 'landlord', id: landlordId },
      write: (out) => writeLandlordReport(out, profile, filters, context),
    };
  }

  async provision(user: SessionUser, provision: string, query: TrendQueryDto): Promise<ExportFile> {
    const overall = { ...query, groupBy: 'none' as const };
    const [trend, byType] = await Promise.all([
      this.trends.trend(provision, overall),
      this.trends.trend(provision, { ...query, groupBy: 'landlordType' }),
    ]);
    const context = await this.exports.context(user);
    return {
      kind: 'provision-report.pdf',
      fileName: exportFileName(
        'provision',
        [trend.provision, 'report', query.from, query.to, query.landlordType, query.region, query.sizeBand],
        'pdf',
        context.generatedAt,
      ),
      contentType: CONTENT_TYPES.pdf,
      filters: { provision: trend.provision, ...overall },
      subject: { type: 'provision', id: trend.provision },
      write: (out) =>
        writeProvisionReport(out, trend, byType, trendFilters(trend.provision, overall), context),
    };
  }
}
