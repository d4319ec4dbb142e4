import type { AnswerStatus, PeerFilters, TrendGroupBy } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectRows } from '../sql';
import {
  answerStatus,
  carriedFrom,
  caveatMarker,
  codeVersion,
  landlordType,
  peerConditions,
  SIZE_BAND_SQL,
  sizeBand,
  STATUS_COUNT_COLUMNS,
  statusCountsRow,
} from './peer-filters';

const GROUP_SQL: Record<TrendGroupBy, string> = {
  none: 'NULL::text',
  landlordType: 'l.type',
  region: "COALESCE(l.region, 'unknown')",
  sizeBand: SIZE_BAND_SQL,
};

const trendRow = statusCountsRow.extend({
  year: z.number(),
  group: z.string().nullable(),
  landlords: z.number(),
  caveat: z.boolean(),
  carried: z.array(carriedFrom),
});
export type TrendRow = z.output<typeof trendRow>;

const trendLandlordRow = z.object({
  landlordId: z.string(),
  landlordName: z.string(),
  landlordType,
  region: z.string().nullable(),
  sizeBand,
  submissionId: z.string(),
  codeVersion,
  answerId: z.string(),
  status: answerStatus,
  printedProvision: z.string(),
  commentary: z.string().nullable(),
  evidence: z.string().nullable(),
  caveat: caveatMarker.nullable(),
  total: z.number(),
});
export type TrendLandlordRow = Omit<z.output<typeof trendLandlordRow>, 'total'>;

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
    const peers = peerConditions(selection, params);
    const from = selection.from === undefined ? null : params.push(selection.from);
    const to = selection.to === undefined ? null : params.push(selection.to);
    const filter = (alias: string) =>
      [
        ...peers,
        ...(from === null ? [] : [`${alias}.assessment_year >= $${from}`]),
        ...(to === null ? [] : [`${alias}.assessment_year <= $${to}`]),
      ]
        .map((condition) => `AND ${condition}`)
        .join(' ');
    const group = GROUP_SQL[groupBy];
    return selectRows(
      this.dataSource.manager,
      `WITH submitted AS (
         SELECT cs.assessment_year AS year, ${group} AS grp, count(*)::int AS landlords
           FROM counting_submissions cs JOIN landlords l ON l.id = cs.landlord_id
          WHERE TRUE ${filter('cs')}
          GROUP BY 1, 2),
       answered AS (
         SELECT ca.assessment_year AS year, ${group} AS grp, ${STATUS_COUNT_COLUMNS}, bool_or(ca.has_caveat_carry) AS caveat
           FROM counted_answers ca JOIN landlords l ON l.id = ca.landlord_id
          WHERE ca.provision = $1 ${filter('ca')}
          GROUP BY 1, 2),
       carried AS (
         SELECT x.year, x.grp, jsonb_agg(x.c ORDER BY x.c) AS carried
           FROM (SELECT DISTINCT ca.assessment_year AS year, ${group} AS grp, c
                   FROM counted_answers ca JOIN landlords l ON l.id = ca.landlord_id
                   CROSS JOIN LATERAL jsonb_array_elements(ca.carried) AS c
                  WHERE ca.provision = $1 AND ca.carried IS NOT NULL ${filter('ca')}) x
          GROUP BY 1, 2)
       SELECT s.year, s.grp AS "group", s.landlords,
              COALESCE(a.yes, 0) AS yes, COALESCE(a.no, 0) AS no, COALESCE(a.partial, 0) AS partial,
              COALESCE(a.na, 0) AS na, COALESCE(a.missing, 0) AS missing, COALESCE(a.unknown, 0) AS unknown,
              COALESCE(a.caveat, false) AS caveat, COALESCE(c.carried, '[]'::jsonb) AS carried
         FROM submitted s
         LEFT JOIN answered a ON a.year = s.year AND a.grp IS NOT DISTINCT FROM s.grp
         LEFT JOIN carried c ON c.year = s.year AND c.grp IS NOT DISTINCT FROM s.grp
        ORDER BY s.year, s.grp`,
      params,
      trendRow,
    );
  }

  /** The landlords behind one point of a trend, by name, with the answer that counted. */
  async landlords(
    selection: TrendSelection & { year: number; status?: AnswerStatus },
    page: number,
    pageSize: number,
  ): Promise<{ rows: TrendLandlordRow[]; total: number }> {
    const params: unknown[] = [selection.provision, selection.year];
    const where = peerConditions(selection, params);
    if (selection.status) where.push(`ca.status = $${params.push(selection.status)}`);
    const limit = params.push(pageSize);
    const offset = params.push((page - 1) * pageSize);
    const rows = await selectRows(
      this.dataSource.manager,
      `SELECT l.id AS "landlordId", l.name AS "landlordName", l.type AS "landlordType", l.region,
              ${SIZE_BAND_SQL} AS "sizeBand", ca.submission_id AS "submissionId", ca.code_version AS "codeVersion",
              ca.answer_id AS "answerId", ca.status, a.provision AS "printedProvision", a.commentary, a.evidence,
              ca.caveat, count(*) OVER ()::int AS total
         FROM counted_answers ca
         JOIN landlords l ON l.id = ca.landlord_id
         JOIN answers a ON a.id = ca.answer_id
        WHERE ca.provision = $1 AND ca.assessment_year = $2 ${where.length ? `AND ${where.join(' AND ')}` : ''}
        ORDER BY lower(l.name), l.id
        LIMIT $${limit} OFFSET $${offset}`,
      params,
      trendLandlordRow,
    );
    return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
  }
}
