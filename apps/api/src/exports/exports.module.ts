import { Module } from '@nestjs/common';
import { ExportSender } from './export-sender';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** CSV, XLSX and PDF exports of the analytics, streamed as downloads and recorded in the audit trail. */
@Module({
  controllers: [ExportsController],
  providers: [ExportsService, ExportSender],
})
export class ExportsModule {}
