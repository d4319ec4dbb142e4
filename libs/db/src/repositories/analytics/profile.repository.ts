import { CONSISTENCY_FLAGS } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { STANDING_FLAGS_JOIN_SQL } from '../checks/text-hash';
import { selectRows } from '../sql';
import {
  answerStatus,
  caveatMarker,
  codeVersion,
  landlordType,
  SIZE_BAND_SQL,
  sizeBand,
} from './peer-filters';
import { statusCountsSchema } from '../../rows/submission.row';

const landlordRow = z.object({
  id: z.string(),
  name: z.string(),
  type: landlordType,
  registrationCode: z.string().nullable(),
  region: z.string().nullable(),
  homesOwned: z.number().nullable(),
  sizeBand,
  sample: z.boolean(),
  mergedIntoId: z.string().nullable(),
  mergedFrom: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ProfileLandlordRow = z.output<typeof landlordRow>;

const yearRow = statusCountsSchema.extend({
  year: z.number(),
  submissionId: z.string(),
  codeVersion,
  mergedFromId: z.string().nullable(),
  mergedFromName: z.string().nullable(),
});
export type ProfileYearRow = z.output<typeof yearRow>;

const gridRow = z.object({
  year: z.number(),
  provision: z.string(),
  status: answerStatus,
  answerId: z.string(),
  caveat: caveatMarker.nullable(),
  /** Consistency flags on the answer that no analyst dismissed; null when none. */
  flags: z.array(z.enum(CONSISTENCY_FLAGS)).nullable(),
});
export type ProfileGridRow = z.output<typeof gridRow>;

const sectionRow = z.object({
  section: z.number(),
  rate: z.number().nullable(),
  peerMedian: z.number().nullable(),
  peerCount: z.number(),
});
export type ProfileSectionRow = z.output<typeof sectionRow>;

/** One landlord's counted years and answers, and its section rates beside its peer group's medians. */
@Injectable()
export class AnalyticsProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async landlord(id: string): Promise<ProfileLandlordRow | null> {
    const rows = await selectRows(
      this.dataSource.manager,
      `SELECT l.id, l.name, l.type, l.registration_code AS "registrationCode", l.region, l.homes_owned AS "homesOwned",
              ${SIZE_BAND_SQL} AS "sizeBand", l.sample, l.merged_into_id AS "mergedIntoId",
              COALESCE((SELECT jsonb_agg(jsonb_build_object('id', m.id, 'name', m.name) ORDER BY m.name)
                          FROM landlords m WHERE m.merged_into_id = l.id), '[]'::jsonb) AS "mergedFrom"
         FROM landlords l WHERE l.id = $1`,
      [id],
      landlordRow,
    );
    return rows[0] ?? null;
  }

  async years(id: string): Promise<ProfileYearRow[]> {
    return selectRows(
      this.dataSource.manager,
      `SELECT cs.assessment_year AS year, cs.submission_id AS "submissionId", cs.code_version AS "codeVersion",
              cs.merged_from_id AS "mergedFromId", m.name AS "mergedFromName",
              cs.yes, cs.no, cs.partial, cs.na, cs.missing, cs.unknown
         FROM counting_submissions cs LEFT JOIN landlords m ON m.id = cs.merged_from_id
        WHERE cs.landlord_id = $1 ORDER BY cs.assessment_year`,
      [id],
      yearRow,
    );
  }

  async grid(id: string): Promise<ProfileGridRow[]> {
    return selectRows(
      this.dataSource.manager,
      `SELECT ca.assessment_year AS year, ca.provision, ca.status, ca.answer_id AS "answerId", ca.caveat, fl.flags
         FROM counted_answers ca
         ${STANDING_FLAGS_JOIN_SQL}
        WHERE ca.landlord_id = $1`,
      [id],
      gridRow,
    );
  }

  /**
   * Per 2024 section in `year`: the landlord's yes / answered, and the median of the same rate over its peers
   * (other landlords of the same type and size band with a counting submission that year), computed in SQL.
   */
  async sectionRates(
    id: string,
    year: number,
    peerGroup: { type: ProfileLandlordRow['type']; sizeBand: ProfileLandlordRow['sizeBand'] },
  ): Promise<ProfileSectionRow[]> {
    // The peers' counted answers are read through the primary key (landlord, year), a few thousand rows,
    // rather than the whole year's.
    return selectRows(
      this.dataSource.manager,
      `WITH peers AS (
         SELECT cs.landlord_id FROM counting_submissions cs
          WHERE cs.assessment_year = $2 AND cs.landlord_type = $3 AND cs.size_band = $4 AND cs.landlord_id <> $1),
       rates AS (
         SELECT ca.landlord_id, p.section,
                count(*) FILTER (WHERE ca.status = 'yes')::float8
                  / NULLIF(count(*) FILTER (WHERE ca.status IN ('yes', 'no', 'partial')), 0) AS rate
           FROM counted_answers ca JOIN provisions p ON p.version = '2024' AND p.number = ca.provision
          WHERE ca.assessment_year = $2 AND ca.landlord_id = ANY(ARRAY(SELECT landlord_id FROM peers) || $1::uuid)
          GROUP BY ca.landlord_id, p.section),
       sections AS (SELECT DISTINCT section FROM provisions WHERE version = '2024')
       SELECT s.section,
              (SELECT r.rate FROM rates r WHERE r.landlord_id = $1 AND r.section = s.section) AS rate,
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY r.rate) FROM rates r
                WHERE r.landlord_id <> $1 AND r.section = s.section AND r.rate IS NOT NULL) AS "peerMedian",
              (SELECT count(*)::int FROM peers) AS "peerCount"
         FROM sections s ORDER BY s.section`,
      [id, year, peerGroup.type, peerGroup.sizeBand],
      sectionRow,
    );
  }
}
