import type { SessionUser } from '@app/contracts';
import { ExportMetaRepository, TidyAnswersRepository } from '@app/db';
import { Injectable } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { ANSWERS_CSV_HEADER, answersCsvRecords } from './answers-csv';
import { csvStream } from './csv/csv-writer';
import type { AnswersExportQueryDto } from './dto/answers-export-query.dto';
import { CONTENT_TYPES, type ExportFile, exportFileName } from './export-file';

/** Builds each export from the same read model and queries as the analytics API. */
@Injectable()
export class ExportsService {
  constructor(
    private readonly tidyAnswers: TidyAnswersRepository,
    private readonly meta: ExportMetaRepository,
  ) {}

  /** Every counted answer the filters select, one row per landlord × year × 2024 provision, streamed from a cursor. */
  answersCsv(_user: SessionUser, query: AnswersExportQueryDto): ExportFile {
    const filter = { ...query };
    const now = new Date();
    return {
      kind: 'answers.csv',
      fileName: exportFileName('answers', [query.year ?? 'all years', query.landlordType, query.region, query.sizeBand, query.status], 'csv', now),
      contentType: CONTENT_TYPES.csv,
      filters: filter,
      write: async (out) => {
        let records = 0;
        await pipeline(csvStream(ANSWERS_CSV_HEADER, answersCsvRecords(this.tidyAnswers.stream(filter)), (n) => (records = n)), out);
        return records;
      },
    };
  }
}
