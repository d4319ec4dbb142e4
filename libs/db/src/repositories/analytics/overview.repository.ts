import type { PeerFilters } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectOne, selectRows } from '../sql';
import { andAll, landlordPeerRow, peerConditions, sliceConditions, TOTALS_SUM_COLUMNS } from './peer-filters';
import { statusCountsSchema } from '../../rows/submission.row';

const totalsRow = z.object({
  registryLandlords: z.number(),
  submitted: z.number(),
  counted: z.number(),
  withNonCompliance: z.number(),
  includesSampleData: z.boolean(),
  years: z.array(z.number()),
});
export type OverviewTotals = z.output<typeof totalsRow>;

const provisionYearRow = z.object({
  provision: z.string(),
  year: z.number(),
  yes: z.number(),
  nonCompliant: z.number(),
  answered: z.number(),
});
export type ProvisionYearRow = z.output<typeof provisionYearRow>;

const provisionTotalsRow = statusCountsSchema.extend({ provision: z.string() });
export type ProvisionTotalsRow = z.output<typeof provisionTotalsRow>;

const nonSubmitterRow = landlordPeerRow.omit({ sizeBand: true });
export type NonSubmitterRow = z.output<typeof nonSubmitterRow>;

/** The sector in one year: who submitted, who counts, which provisions are least complied with and moved most. */
@Injectable()
export class AnalyticsOverviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The latest year with a counting submission, or null when nothing counts yet. */
  async latestYear(): Promise<number | null> {
    const row = await selectOne(
      this.dataSource.manager,
      'SELECT max(assessment_year) AS year FROM counting_submissions',
      [],
      z.object({ year: z.number().nullable() }),
    );
    return row.year;
  }

  async totals(year: number, filters: PeerFilters): Promise<OverviewTotals> {
    const params: unknown[] = [year];
    const peers = andAll(peerConditions(filters, params));
    return selectOne(
      this.dataSource.manager,
      `SELECT
         (SELECT count(*)::int FROM landlords l WHERE l.merged_into_id IS NULL ${peers}) AS "registryLandlords",
         (SELECT count(DISTINCT s.landlord_id)::int FROM submissions s JOIN landlords l ON l.id = s.landlord_id
           WHERE s.assessment_year = $1 ${peers}) AS submitted,
         (SELECT count(*)::int FROM counting_submissions cs JOIN landlords l ON l.id = cs.landlord_id
           WHERE cs.assessment_year = $1 ${peers}) AS counted,
         (SELECT count(*)::int FROM counting_submissions cs JOIN landlords l ON l.id = cs.landlord_id
           WHERE cs.assessment_year = $1 AND cs.no + cs.partial > 0 ${peers}) AS "withNonCompliance",
         EXISTS (SELECT 1 FROM counting_submissions cs JOIN landlords l ON l.id = cs.landlord_id
                  WHERE cs.assessment_year = $1 AND l.sample ${peers}) AS "includesSampleData",
         ARRAY(SELECT DISTINCT assessment_year FROM counting_submissions ORDER BY 1 DESC) AS years`,
      params,
      totalsRow,
    );
  }

  /** Per provision, in `year` and the year before: yes, no + partial, answered (from the per-slice totals). */
  async provisionYears(year: number, filters: PeerFilters): Promise<ProvisionYearRow[]> {
    const params: unknown[] = [year];
    const slice = andAll(sliceConditions(filters, params, 't'));
    return selectRows(
      this.dataSource.manager,
      `SELECT t.provision, t.assessment_year AS year, sum(t.yes)::int AS yes,
              sum(t.no + t.partial)::int AS "nonCompliant", sum(t.yes + t.no + t.partial)::int AS answered
         FROM counted_totals t
        WHERE t.assessment_year IN ($1, $1 - 1) ${slice}
        GROUP BY t.provision, t.assessment_year`,
      params,
      provisionYearRow,
    );
  }

  /** Per provision in `year`: every status's count, summed over the peer slices the filters keep. */
  async provisionTotals(year: number, filters: PeerFilters): Promise<ProvisionTotalsRow[]> {
    const params: unknown[] = [year];
    const slice = andAll(sliceConditions(filters, params, 't'));
    return selectRows(
      this.dataSource.manager,
      `SELECT t.provision, ${TOTALS_SUM_COLUMNS}
         FROM counted_totals t
        WHERE t.assessment_year = $1 ${slice}
        GROUP BY t.provision`,
      params,
      provisionTotalsRow,
    );
  }

  /** Registry landlords (not merged away) with no counting submission for the year: the ones to follow up. */
  async nonSubmitters(year: number, filters: PeerFilters): Promise<NonSubmitterRow[]> {
    const params: unknown[] = [year];
    const peers = andAll(peerConditions(filters, params));
    return selectRows(
      this.dataSource.manager,
      `SELECT l.id AS "landlordId", l.name AS "landlordName", l.type AS "landlordType", l.region
         FROM landlords l
        WHERE l.merged_into_id IS NULL ${peers}
          AND NOT EXISTS (SELECT 1 FROM counting_submissions cs WHERE cs.landlord_id = l.id AND cs.assessment_year = $1)
        ORDER BY lower(l.name), l.id`,
      params,
      nonSubmitterRow,
    );
  }
}
