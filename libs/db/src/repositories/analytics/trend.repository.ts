import { type AnswerStatus, CONSISTENCY_FLAGS, type PeerFilters, type TrendGroupBy } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { STANDING_FLAGS_JOIN_SQL } from '../checks/text-hash';
import { PAGE_TOTAL_SQL, selectPage, selectRows } from '../sql';
import {
  answerStatus,
  carriedFrom,
  caveatMarker,
  codeVersion,
  LANDLORD_PEER_COLUMNS,
  landlordPeerRow,
  peerConditions,
  sliceConditions,
  TOTALS_SUM_COLUMNS,
} from './peer-filters';
import { statusCountsSchema } from '../../rows/submission.row';

/** The group of a read-model row that carries the landlord's slice (counting_submissions, counted_totals). */
const SLICE_GROUP_SQL: Record<TrendGroupBy, (alias: string) => string> = {
  none: () => 'NULL::text',
  landlordType: (alias) => `${alias}.landlord_type`,
  region: (alias) => `COALESCE(NULLIF(${alias}.region, ''), 'unknown')`,
  sizeBand: (alias) => `${alias}.size_band`,
};

const trendRow = statusCountsSchema.extend({
  year: z.number(),
  group: z.string().nullable(),
  landlords: z.number(),
  caveat: z.boolean(),
  carried: z.array(carriedFrom),
});
export type TrendRow = z.output<typeof trendRow>;

const trendLandlordRow = landlordPeerRow.extend({
  submissionId: z.string(),
  codeVersion,
  answerId: z.string(),
  status: answerStatus,
  printedProvision: z.string(),
  commentary: z.string().nullable(),
  evidence: z.string().nullable(),
  caveat: caveatMarker.nullable(),
  /** Consistency flags on the answer that no analyst dismissed; null when none. */
  flags: z.array(z.enum(CONSISTENCY_FLAGS)).nullable(),
});
export type TrendLandlordRow = z.output<typeof trendLandlordRow>;

export interface TrendSelection extends PeerFilters {
  provision: string;
  from?: number;
  to?: number;
}

/** A 2024 provision over the years: counts per year (and group) from the read model. */
@Injectable()
export class AnalyticsTrendRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One row per year (and group) with a counting submission: `landlords` counts every counting landlord,
   * the status counts only those whose document reaches the provision.
   */
  async trend(selection: TrendSelection, groupBy: TrendGroupBy): Promise<TrendRow[]> {
    const params: unknown[] = [selection.provision];
    const from = selection.from === undefined ? null : params.push(selection.from);
    const to = selection.to === undefined ? null : params.push(selection.to);
    const filter = (alias: string) =>
      [
        ...sliceConditions(selection, params, alias),
        ...(from === null ? [] : [`${alias}.assessment_year >= $${from}`]),
        ...(to === null ? [] : [`${alias}.assessment_year <= $${to}`]),
      ]
        .map((condition) => `AND ${condition}`)
        .join(' ');
    const group = SLICE_GROUP_SQL[groupBy];
    // The carries need the landlord's slice only when grouped or filtered by it.
    const sliced = groupBy !== 'none' || sliceConditions(selection, [], 'cs').length > 0;
    // Counts come from the per-slice totals; which Code provisions were carried (and whether with a caveat) from
    // the 2022-Code answers alone, read through a partial index that holds just those.
    return selectRows(
      this.dataSource.manager,
      `WITH submitted AS (
         SELECT cs.assessment_year AS year, ${group('cs')} AS grp, count(*)::int AS landlords
           FROM counting_submissions cs
          WHERE TRUE ${filter('cs')}
          GROUP BY 1, 2),
       answered AS (
         SELECT t.assessment_year AS year, ${group('t')} AS grp, ${TOTALS_SUM_COLUMNS}
           FROM counted_totals t
          WHERE t.provision = $1 ${filter('t')}
          GROUP BY 1, 2),
       carried_answers AS (
         SELECT ca.assessment_year AS year, ${group('cs')} AS grp, ca.carried
           FROM counted_answers ca
           ${sliced ? 'JOIN counting_submissions cs ON cs.landlord_id = ca.landlord_id AND cs.assessment_year = ca.assessment_year' : ''}
          WHERE ca.provision = $1 AND ca.carried IS NOT NULL ${filter(sliced ? 'cs' : 'ca')}),
       carried AS (
         SELECT x.year, x.grp, jsonb_agg(x.c ORDER BY x.c) AS carried, bool_or(x.c->>'trend' = 'caveat') AS caveat
           FROM (SELECT DISTINCT d.year, d.grp, c
                   FROM (SELECT DISTINCT year, grp, carried FROM carried_answers) d
                   CROSS JOIN LATERAL jsonb_array_elements(d.carried) AS c) x
          GROUP BY 1, 2)
       SELECT s.year, s.grp AS "group", s.landlords,
              COALESCE(a.yes, 0) AS yes, COALESCE(a.no, 0) AS no, COALESCE(a.partial, 0) AS partial,
              COALESCE(a.na, 0) AS na, COALESCE(a.missing, 0) AS missing, COALESCE(a.unknown, 0) AS unknown,
              COALESCE(c.caveat, false) AS caveat, COALESCE(c.carried, '[]'::jsonb) AS carried
         FROM submitted s
         LEFT JOIN answered a ON a.year = s.year AND a.grp IS NOT DISTINCT FROM s.grp
         LEFT JOIN carried c ON c.year = s.year AND c.grp IS NOT DISTINCT FROM s.grp
        ORDER BY s.year, s.grp`,
      params,
      trendRow,
    );
  }

  /** The landlords behind one point of a trend with the answer that counted: flagged answers first, then by name. */
  async landlords(
    selection: TrendSelection & { year: number; status?: AnswerStatus },
    page: number,
    pageSize: number,
  ): Promise<{ rows: TrendLandlordRow[]; total: number }> {
    const params: unknown[] = [selection.provision, selection.year];
    const where = peerConditions(selection, params);
    if (selection.status) where.push(`ca.status = $${params.push(selection.status)}`);
    return selectPage(
      this.dataSource.manager,
      `SELECT ${LANDLORD_PEER_COLUMNS}, ca.submission_id AS "submissionId", ca.code_version AS "codeVersion",
              ca.answer_id AS "answerId", ca.status, a.provision AS "printedProvision", a.commentary, a.evidence,
              ca.caveat, fl.flags, ${PAGE_TOTAL_SQL}
         FROM counted_answers ca
         JOIN landlords l ON l.id = ca.landlord_id
         JOIN answers a ON a.id = ca.answer_id
         ${STANDING_FLAGS_JOIN_SQL}
        WHERE ca.provision = $1 AND ca.assessment_year = $2 ${where.length ? `AND ${where.join(' AND ')}` : ''}
        ORDER BY fl.flags IS NULL, lower(l.name), l.id`,
      params,
      trendLandlordRow,
      page,
      pageSize,
    );
  }
}
