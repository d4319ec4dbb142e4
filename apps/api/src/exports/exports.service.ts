import { pipeline } from 'node:stream/promises';
import type { SessionUser } from '@app/contracts';
import { ExportMetaRepository, TidyAnswersRepository } from '@app/db';
import { Injectable } from '@nestjs/common';
import type { MatrixQueryDto, TrendQueryDto } from '../analytics/dto/analytics-query.dto';
import { MatrixService } from '../analytics/matrix.service';
import { TrendService } from '../analytics/trend.service';
import { ANSWERS_CSV_HEADER, answersCsvRecords } from './answers-csv';
import { csvStream, type CsvValue } from './csv/csv-writer';
import type { AnswersExportQueryDto } from './dto/answers-export-query.dto';
import type { ExportContext } from './export-context';
import { CONTENT_TYPES, type ExportFile, exportFileName } from './export-file';
import { matrixFilters, trendFilters } from './export-filters';
import {
  allMatrixRows,
  MATRIX_EXPORT_PAGE_SIZE,
  matrixHeader,
  matrixRecord,
  matrixWorkbook,
} from './matrix-export';
import { trendHeader, trendRecord, trendWorkbook } from './trend-export';
import { writeWorkbook } from './xlsx/workbook-writer';

type TableFormat = 'csv' | 'xlsx';

/**
 * The table exports (CSV and XLSX). Each is built from the same services and queries that answer the
 * analytics API, so a download and the JSON for the same filters hold the same rows.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly tidyAnswers: TidyAnswersRepository,
    private readonly meta: ExportMetaRepository,
    private readonly matrices: MatrixService,
    private readonly trends: TrendService,
  ) {}

  async context(user: SessionUser): Promise<ExportContext> {
    return { generatedAt: new Date(), generatedBy: user.email, versions: await this.meta.versions() };
  }

  /** Every counted answer the filters select, one row per landlord × year × 2024 provision, streamed from a cursor. */
  answersCsv(_user: SessionUser, query: AnswersExportQueryDto): ExportFile {
    const filter = { ...query };
    return {
      kind: 'answers.csv',
      fileName: exportFileName(
        'answers',
        [
          query.year ?? 'all years',
          query.landlordType,
          query.region,
          query.sizeBand,
          query.status,
          query.flag,
        ],
        'csv',
        new Date(),
      ),
      contentType: CONTENT_TYPES.csv,
      filters: filter,
      write: async (out) => {
        let records = 0;
        await pipeline(
          csvStream(
            ANSWERS_CSV_HEADER,
            answersCsvRecords(this.tidyAnswers.stream(filter)),
            (n) => (records = n),
          ),
          out,
        );
        return records;
      },
    };
  }

  /** Every row of the matrix for the filters and sort (never only the page on screen). */
  async matrix(user: SessionUser, query: MatrixQueryDto, format: TableFormat): Promise<ExportFile> {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    const fetchPage = (page: number, pageSize: number) =>
      this.matrices.matrix({ ...filters, page, pageSize });
    const first = await fetchPage(1, MATRIX_EXPORT_PAGE_SIZE);
    const context = await this.context(user);
    const rows = allMatrixRows(first, fetchPage);
    return {
      kind: format === 'csv' ? 'matrix.csv' : 'matrix.xlsx',
      fileName: exportFileName(
        'matrix',
        [
          query.year,
          query.landlordType,
          query.region,
          query.sizeBand,
          query.section ? `section ${query.section}` : undefined,
          query.status,
          query.flag,
        ],
        format,
        context.generatedAt,
      ),
      contentType: CONTENT_TYPES[format],
      filters,
      write: async (out) => {
        if (format === 'xlsx') {
          const written = await writeWorkbook(
            out,
            matrixWorkbook(first, rows, matrixFilters(query), context),
          );
          return written['Matrix'] ?? 0;
        }
        return this.writeCsv(out, matrixHeader(first.provisions), rows, (row) =>
          matrixRecord(row, first.provisions),
        );
      },
    };
  }

  /** A provision's trend, as the API gives it for the same filters. */
  async trend(
    user: SessionUser,
    provision: string,
    query: TrendQueryDto,
    format: TableFormat,
  ): Promise<ExportFile> {
    const trend = await this.trends.trend(provision, query);
    const context = await this.context(user);
    const groupBy = query.groupBy ?? 'none';
    return {
      kind: format === 'csv' ? 'trend.csv' : 'trend.xlsx',
      fileName: exportFileName(
        'provision',
        [
          trend.provision,
          'trend',
          groupBy === 'none' ? undefined : `by ${groupBy}`,
          query.from,
          query.to,
          query.landlordType,
          query.region,
          query.sizeBand,
        ],
        format,
        context.generatedAt,
      ),
      contentType: CONTENT_TYPES[format],
      filters: { provision: trend.provision, ...query },
      subject: { type: 'provision', id: trend.provision },
      write: async (out) => {
        if (format === 'xlsx') {
          const written = await writeWorkbook(
            out,
            trendWorkbook(trend, trendFilters(trend.provision, query), context),
          );
          return written['Trend'] ?? 0;
        }
        return this.writeCsv(out, trendHeader(), trend.series, trendRecord);
      },
    };
  }

  private async writeCsv<T>(
    out: NodeJS.WritableStream,
    header: string[],
    rows: AsyncIterable<T> | Iterable<T>,
    record: (row: T) => CsvValue[],
  ): Promise<number> {
    async function* records(): AsyncGenerator<CsvValue[]> {
      for await (const row of rows) yield record(row);
    }
    let written = 0;
    await pipeline(
      csvStream(header, records(), (n) => (written = n)),
      out,
    );
    return written;
  }
}
