import type { AnswerStatus, MatrixSort, PeerFilters } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DISMISSED_SQL } from '../checks/text-hash';
import { CONSISTENCY_FLAGS } from '@app/contracts';
import { selectRows } from '../sql';
import {
  answerStatus,
  caveatMarker,
  codeVersion,
  landlordType,
  peerConditions,
  SIZE_BAND_SQL,
  sizeBand,
  STATUS_COUNT_COLUMNS,
  statusCountsRow,
} from './peer-filters';

const matrixRow = statusCountsRow.extend({
  landlordId: z.string(),
  landlordName: z.string(),
  landlordType,
  region: z.string().nullable(),
  sizeBand,
  sample: z.boolean(),
  submissionId: z.string(),
  codeVersion,
  total: z.number(),
});
export type MatrixLandlordRow = Omit<z.output<typeof matrixRow>, 'total'>;

const cellRow = z.object({
  landlordId: z.string(),
  provision: z.string(),
  status: answerStatus,
  answerId: z.string(),
  caveat: caveatMarker.nullable(),
  /** Consistency flags on the answer that no analyst dismissed. */
  flags: z.array(z.enum(CONSISTENCY_FLAGS)),
});
export type MatrixCellRow = z.output<typeof cellRow>;

export interface MatrixSelection extends PeerFilters {
  year: number;
  /** The 2024 provisions shown; null for all (then the stored per-submission counts are used). */
  provisions: string[] | null;
  status?: AnswerStatus;
  /** Only landlords with this consistency flag (not dismissed) on a shown provision. */
  flag?: string;
  sort: MatrixSort;
}

const ORDER: Record<MatrixSort, string> = {
  name: 'lower(l.name), l.id',
  nonCompliant: '(c.no + c.partial), lower(l.name), l.id',
  '-nonCompliant': '(c.no + c.partial) DESC, lower(l.name), l.id',
};

/** Landlords × 2024 provisions for one year, one row per landlord with a counting submission. */
@Injectable()
export class AnalyticsMatrixRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    selection: MatrixSelection,
    page: number,
    pageSize: number,
  ): Promise<{ rows: MatrixLandlordRow[]; total: number }> {
    const params: unknown[] = [selection.year];
    const where = peerConditions(selection, params);
    // Counts over the shown provisions: the stored totals when all are shown, else counted here.
    const counts =
      selection.provisions === null
        ? `(SELECT cs.yes, cs.no, cs.partial, cs.na, cs.missing, cs.unknown) c`
        : `(SELECT ${STATUS_COUNT_COLUMNS} FROM counted_answers ca
             WHERE ca.landlord_id = cs.landlord_id AND ca.assessment_year = cs.assessment_year
               AND ca.provision = ANY($${params.push(selection.provisions)}::text[])) c`;
    if (selection.status) where.push(`c."${answerStatus.parse(selection.status)}" > 0`);
    if (selection.flag) {
      where.push(`EXISTS (SELECT 1 FROM counted_answers fa JOIN answer_flags f ON f.answer_id = fa.answer_id
        WHERE fa.landlord_id = cs.landlord_id AND fa.assessment_year = cs.assessment_year AND f.flag = $${params.push(selection.flag)}
          AND ($${params.push(selection.provisions)}::text[] IS NULL OR fa.provision = ANY($${params.length}::text[])) AND NOT ${DISMISSED_SQL})`);
    }
    const limit = params.push(pageSize);
    const offset = params.push((page - 1) * pageSize);
    const rows = await selectRows(
      this.dataSource.manager,
      `SELECT l.id AS "landlordId", l.name AS "landlordName", l.type AS "landlordType", l.region,
              ${SIZE_BAND_SQL} AS "sizeBand", l.sample, cs.submission_id AS "submissionId", cs.code_version AS "codeVersion",
              c.yes, c.no, c.partial, c.na, c.missing, c.unknown, count(*) OVER ()::int AS total
         FROM counting_submissions cs
         JOIN landlords l ON l.id = cs.landlord_id
         CROSS JOIN LATERAL ${counts}
        WHERE cs.assessment_year = $1 ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY ${ORDER[selection.sort]}
        LIMIT $${limit} OFFSET $${offset}`,
      params,
      matrixRow,
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }

  /** The counted cells of some landlords in a year, limited to `provisions` when given. */
  async cells(year: number, landlordIds: string[], provisions: string[] | null): Promise<MatrixCellRow[]> {
    if (landlordIds.length === 0) return [];
    return selectRows(
      this.dataSource.manager,
      `SELECT ca.landlord_id AS "landlordId", ca.provision, ca.status, ca.answer_id AS "answerId", ca.caveat,
              ARRAY(SELECT f.flag FROM answer_flags f WHERE f.answer_id = ca.answer_id AND NOT ${DISMISSED_SQL} ORDER BY f.flag) AS flags
         FROM counted_answers ca
        WHERE ca.assessment_year = $1 AND ca.landlord_id = ANY($2::uuid[])
          AND ($3::text[] IS NULL OR ca.provision = ANY($3::text[]))`,
      [year, landlordIds, provisions],
      cellRow,
    );
  }
}
