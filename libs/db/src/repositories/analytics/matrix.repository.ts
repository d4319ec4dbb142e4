import type { AnswerStatus, MatrixSort, PeerFilters } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DISMISSED_SQL } from '../checks/text-hash';
import { ANSWER_STATUSES, CONSISTENCY_FLAGS } from '@app/contracts';
import { PAGE_TOTAL_SQL, selectPage, selectRows } from '../sql';
import { andAll, answerStatus, caveatMarker, codeVersion, LANDLORD_PEER_COLUMNS, landlordPeerRow, peerConditions, STATUS_COUNT_COLUMNS } from './peer-filters';
import { statusCountsSchema } from '../../rows/submission.row';

const matrixRow = statusCountsSchema.extend({
  ...landlordPeerRow.shape,
  sample: z.boolean(),
  submissionId: z.string(),
  codeVersion,
});
export type MatrixLandlordRow = z.output<typeof matrixRow>;

const matrixCell = z.object({
  status: answerStatus,
  answerId: z.string(),
  caveat: caveatMarker.optional(),
  /** Consistency flags on the answer that no analyst dismissed; absent when none. */
  flags: z.array(z.enum(CONSISTENCY_FLAGS)).optional(),
});
const landlordCellsRow = z.object({ landlordId: z.string(), cells: z.record(z.string(), matrixCell) });
export type MatrixCellRow = z.output<typeof matrixCell>;

/** A cell as JSON without null members; spelled out per case, which is several times faster than json_strip_nulls. */
const CELL_JSON_SQL = `CASE
  WHEN ca.caveat IS NULL AND fl.flags IS NULL THEN json_build_object('status', ca.status, 'answerId', ca.answer_id)
  WHEN fl.flags IS NULL THEN json_build_object('status', ca.status, 'answerId', ca.answer_id, 'caveat', ca.caveat)
  WHEN ca.caveat IS NULL THEN json_build_object('status', ca.status, 'answerId', ca.answer_id, 'flags', fl.flags)
  ELSE json_build_object('status', ca.status, 'answerId', ca.answer_id, 'caveat', ca.caveat, 'flags', fl.flags) END`;

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
    // Counts over the shown provisions: the stored totals when all are shown, else counted here in one pass over
    // the year's answers to those provisions (an index-only scan), landlords with none of them counting zero.
    const counts =
      selection.provisions === null
        ? `CROSS JOIN LATERAL (SELECT cs.yes, cs.no, cs.partial, cs.na, cs.missing, cs.unknown) c`
        : `LEFT JOIN (SELECT ca.landlord_id, ${STATUS_COUNT_COLUMNS} FROM counted_answers ca
             WHERE ca.assessment_year = $1 AND ca.provision = ANY($${params.push(selection.provisions)}::text[])
             GROUP BY ca.landlord_id) shown ON shown.landlord_id = cs.landlord_id
           CROSS JOIN LATERAL (SELECT ${ANSWER_STATUSES.map((n) => `coalesce(shown."${n}", 0)::int AS "${n}"`).join(', ')}) c`;
    if (selection.status) where.push(`c."${answerStatus.parse(selection.status)}" > 0`);
    if (selection.flag) {
      where.push(`EXISTS (SELECT 1 FROM counted_answers fa JOIN answer_flags f ON f.answer_id = fa.answer_id
        WHERE fa.landlord_id = cs.landlord_id AND fa.assessment_year = cs.assessment_year AND f.flag = $${params.push(selection.flag)}
          AND ($${params.push(selection.provisions)}::text[] IS NULL OR fa.provision = ANY($${params.length}::text[])) AND NOT ${DISMISSED_SQL})`);
    }
    return selectPage(
      this.dataSource.manager,
      `SELECT ${LANDLORD_PEER_COLUMNS}, l.sample, cs.submission_id AS "submissionId", cs.code_version AS "codeVersion",
              c.yes, c.no, c.partial, c.na, c.missing, c.unknown, ${PAGE_TOTAL_SQL}
         FROM counting_submissions cs
         JOIN landlords l ON l.id = cs.landlord_id
         ${counts}
        WHERE cs.assessment_year = $1 ${andAll(where)}
        ORDER BY ${ORDER[selection.sort]}`,
      params,
      matrixRow,
      page,
      pageSize,
    );
  }

  /**
   * The counted cells of some landlords' submissions in a year, limited to `provisions` when given: per landlord,
   * its cells keyed by 2024 provision. Built as JSON in the database, one row per landlord: at 100 landlords × 72
   * provisions this is several times faster than a row per cell.
   */
  async cells(
    year: number,
    landlords: { landlordId: string; submissionId: string }[],
    provisions: string[] | null,
  ): Promise<Map<string, Record<string, MatrixCellRow>>> {
    if (landlords.length === 0) return new Map();
    const rows = await selectRows(
      this.dataSource.manager,
      `SELECT ca.landlord_id AS "landlordId",
              json_object_agg(ca.provision, ${CELL_JSON_SQL}) AS cells
         FROM counted_answers ca
         LEFT JOIN (SELECT f.answer_id, json_agg(f.flag ORDER BY f.flag) AS flags
                      FROM answer_flags f
                     WHERE f.submission_id = ANY($3::uuid[]) AND NOT ${DISMISSED_SQL}
                     GROUP BY f.answer_id) fl ON fl.answer_id = ca.answer_id
        WHERE ca.assessment_year = $1 AND ca.landlord_id = ANY($2::uuid[])
          AND ($4::text[] IS NULL OR ca.provision = ANY($4::text[]))
        GROUP BY ca.landlord_id`,
      [year, landlords.map((l) => l.landlordId), landlords.map((l) => l.submissionId), provisions],
      landlordCellsRow,
    );
    return new Map(rows.map((row) => [row.landlordId, row.cells]));
  }
}
