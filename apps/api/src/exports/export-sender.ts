import { AuditRepository } from '@app/db';
import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { attachment, type ExportFile } from './export-file';

/**
 * Streams an export as the HTTP response and records it in the audit trail (who, which export, which
 * filters, how many rows, whether it completed). Exports are streamed responses, not queued jobs: the
 * browser's download manager shows the progress and keeps downloading when the analyst moves on.
 * A failure before the first byte becomes the usual JSON error; after it, the connection is cut so
 * the browser reports the download as failed rather than keeping a truncated file.
 */
@Injectable()
export class ExportSender {
  private readonly logger = new Logger('Exports');

  constructor(
    private readonly audit: AuditService,
    private readonly auditRepository: AuditRepository,
  ) {}

  async send(res: Response, file: ExportFile): Promise<void> {
    // Taken now: the request context (actor, IP, request id) is not reliably there when the stream ends.
    const event = this.audit.row({
      action: 'export.create',
      entityType: file.subject?.type ?? 'export',
      entityId: file.subject?.id ?? file.kind,
    });
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', attachment(file.fileName));
    res.setHeader('Cache-Control', 'no-store');
    let rows = 0;
    try {
      rows = await file.write(res);
    } catch (error) {
      await this.record(event, file, rows, false);
      if (!res.headersSent) {
        res.removeHeader('Content-Disposition');
        res.removeHeader('Content-Type');
        throw error;
      }
      this.logger.error(
        `Export ${file.kind} stopped after the download began: ${error instanceof Error ? error.message : String(error)}`,
      );
      res.destroy();
      return;
    }
    await this.record(event, file, rows, true);
  }

  private async record(
    event: ReturnType<AuditService['row']>,
    file: ExportFile,
    rows: number,
    completed: boolean,
  ): Promise<void> {
    await this.auditRepository.insert({
      ...event,
      after: { export: file.kind, fileName: file.fileName, filters: file.filters, rows, completed },
    });
  }
}
