import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module';
import { ExportSender } from './export-sender';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { ReportsService } from './reports.service';

/** CSV, XLSX and PDF downloads of the analytics, built from the analytics services, recorded in the audit trail. */
@Module({
  imports: [AnalyticsModule],
  controllers: [ExportsController],
  providers: [ExportsService, ReportsService, ExportSender],
})
export class ExportsModule {}
