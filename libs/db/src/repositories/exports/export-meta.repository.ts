import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectOne } from '../sql';

const exportVersionsRow = z.object({
  lastChange: z.date().nullable(),
  countingSubmissions: z.number().int(),
  catalogVersion: z.string().nullable(),
  parserVersions: z.string().nullable(),
});

/** Which data an export holds: stated on every cover sheet and report. */
export interface ExportVersions {
  /** `<counting submissions>@<time of the latest submission change>`: changes whenever what counts may have changed. */
  dataVersion: string;
  catalogVersion: string;
  /** Parser versions that produced the counted answers. */
  parserVersions: string;
}

@Injectable()
export class ExportMetaRepository {
  constructor(private readonly dataSource: DataSource) {}

  async versions(): Promise<ExportVersions> {
    const row = await selectOne(
      this.dataSource.manager,
      `SELECT (SELECT max(updated_at) FROM submissions) AS "lastChange",
              (SELECT count(*)::int FROM counting_submissions) AS "countingSubmissions",
              (SELECT string_agg(DISTINCT catalog_version, ', ') FROM code_versions) AS "catalogVersion",
              (SELECT string_agg(DISTINCT s.parser_version, ', ' ORDER BY s.parser_version)
                 FROM counting_submissions cs JOIN submissions s ON s.id = cs.submission_id) AS "parserVersions"`,
      [],
      exportVersionsRow,
    );
    return {
      dataVersion: `${row.countingSubmissions}@${row.lastChange ? row.lastChange.toISOString() : 'empty'}`,
      catalogVersion: row.catalogVersion ?? 'not loaded',
      parserVersions: row.parserVersions ?? 'none',
    };
  }
}
