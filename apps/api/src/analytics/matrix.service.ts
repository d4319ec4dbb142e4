import type { MatrixCell, MatrixResponse } from '@app/contracts';
import { AnalyticsMatrixRepository } from '@app/db';
import { Injectable } from '@nestjs/common';
import { provisionsOf2024, toStatusCounts } from './analytics-mapping';
import type { MatrixQueryDto } from './dto/analytics-query.dto';

@Injectable()
export class MatrixService {
  constructor(private readonly repository: AnalyticsMatrixRepository) {}

  async matrix(query: MatrixQueryDto): Promise<MatrixResponse> {
    const provisions = provisionsOf2024({ section: query.section, provisions: query.provisions });
    const restricted = query.section !== undefined || query.provisions !== undefined;
    const shown = restricted ? provisions.map((p) => p.provision) : null;
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 100;
    const { rows, total } = await this.repository.page(
      { ...query, provisions: shown, sort: query.sort ?? 'name' },
      page,
      pageSize,
    );
    const byLandlord: Map<string, Record<string, MatrixCell>> = await this.repository.cells(
      query.year,
      rows,
      shown,
    );
    return {
      year: query.year,
      provisions,
      rows: rows.map((row) => ({
        landlordId: row.landlordId,
        landlordName: row.landlordName,
        landlordType: row.landlordType,
        region: row.region,
        sizeBand: row.sizeBand,
        sample: row.sample,
        submissionId: row.submissionId,
        codeVersion: row.codeVersion,
        counts: toStatusCounts(row),
        cells: byLandlord.get(row.landlordId) ?? {},
      })),
      total,
      page,
      pageSize,
    };
  }
}
