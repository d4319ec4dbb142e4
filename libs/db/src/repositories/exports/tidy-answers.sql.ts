import type { AnswerStatus, ConsistencyFlag, LandlordType, SizeBand } from '@app/contracts';
import { DISMISSED_SQL } from '../checks/text-hash';
import { SIZE_BAND_SQL } from '../analytics/peer-filters';

/** Filters of the tidy answers export, as the matrix takes them (year optional: every year). */
export interface TidyAnswersFilter {
  year?: number;
  landlordType?: LandlordType;
  region?: string;
  sizeBand?: SizeBand;
  /** 2024 provision numbers; none: every provision. */
  provisions?: string[];
  /** Only landlord-years with at least one counted answer of this status among the chosen provisions (the matrix's rule). */
  status?: AnswerStatus;
  /** Only landlord-years with this consistency flag (not dismissed) on a counted answer among the chosen provisions (the matrix's rule). */
  flag?: ConsistencyFlag;
  /** One landlord only (a landlord's own data). */
  landlordId?: string;
}

/** The landlord-years (counting submissions) the filter selects, with their landlord; `$n` placeholders pushed to `params`. */
function landlordYearsSql(filter: TidyAnswersFilter, params: unknown[]): string {
  const where: string[] = [];
  if (filter.year !== undefined) where.push(`cs.assessment_year = $${params.push(filter.year)}`);
  if (filter.landlordType) where.push(`l.type = $${params.push(filter.landlordType)}`);
  if (filter.region) where.push(`l.region = $${params.push(filter.region)}`);
  if (filter.sizeBand) where.push(`${SIZE_BAND_SQL} = $${params.push(filter.sizeBand)}`);
  if (filter.landlordId) where.push(`l.id = $${params.push(filter.landlordId)}::uuid`);
  if (filter.status) {
    const provisionLimit = filter.provisions?.length
      ? `AND x.provision = ANY($${params.push(filter.provisions)}::text[])`
      : '';
    where.push(`EXISTS (SELECT 1 FROM counted_answers x
                         WHERE x.landlord_id = cs.landlord_id AND x.assessment_year = cs.assessment_year
                           AND x.status = $${params.push(filter.status)} ${provisionLimit})`);
  }
  if (filter.flag) {
    const provisionLimit = filter.provisions?.length
      ? `AND fa.provision = ANY($${params.push(filter.provisions)}::text[])`
      : '';
    // From the counting submission's own flags (idx_answer_flags_submission: a handful of rows) to its counted answers.
    where.push(`EXISTS (SELECT 1 FROM answer_flags f
                          JOIN counted_answers fa ON fa.landlord_id = cs.landlord_id AND fa.assessment_year = cs.assessment_year
                                                 AND fa.answer_id = f.answer_id
                         WHERE f.submission_id = cs.submission_id AND f.flag = $${params.push(filter.flag)} ${provisionLimit}
                           AND NOT ${DISMISSED_SQL})`);
  }
  return `
    SELECT cs.landlord_id, cs.assessment_year, cs.submission_id, l.name, l.registration_code, l.type, l.region,
           ${SIZE_BAND_SQL} AS size_band, l.sample, s.parser_version
      FROM counting_submissions cs
      JOIN landlords l ON l.id = cs.landlord_id
      JOIN submissions s ON s.id = cs.submission_id
     WHERE ${where.length ? where.join(' AND ') : 'TRUE'}
     ORDER BY l.name, cs.landlord_id, cs.assessment_year`;
}

/**
 * One row per landlord × year × canonical provision from the read model the analytics count, in the
 * order landlord name, year, provision. Driven by the (few thousand) landlord-years in order; each
 * reads its submission's answers together (one index range: they were written together, so they
 * sit on a few pages) and its counted answers through the read model's key. The landlord-years come
 * sorted, so the final order only sorts the few dozen rows of one landlord-year at a time
 * (incremental sort); no step sorts or hashes the whole wide result. `OFFSET 0` keeps PostgreSQL
 * from flattening the per-landlord-year subquery into one large join. The consistency flags standing on
 * each answer (not dismissed) come from one aggregate per landlord-year over its submission's flags
 * (`idx_answer_flags_submission`, usually a handful of rows) into a JSON object keyed by answer, which each
 * row reads by key: no query per row (a join to the aggregate was planned as a rescan per row, doubling the time).
 */
export function tidyAnswersSql(filter: TidyAnswersFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const years = landlordYearsSql(filter, params);
  const provisions = filter.provisions?.length
    ? `AND ca.provision = ANY($${params.push(filter.provisions)}::text[])`
    : '';
  const sql = `
    SELECT k.landlord_id AS "landlordId", k.name AS "landlordName", k.registration_code AS "registrationCode",
           k.type AS "landlordType", k.region, k.size_band AS "sizeBand", k.sample,
           k.assessment_year AS year, x.code_version AS "codeVersion", x.printed AS "printedProvision", x.provision,
           link.relation, link.trend,
           x.caveat, x.status, x.status_raw AS "statusAsWritten", x.evidence, x.commentary, x.corrected, x.flags,
           k.submission_id AS "submissionId", x.answer_id AS "answerId", k.parser_version AS "parserVersion"
      FROM (${years}) k
      CROSS JOIN LATERAL (
        SELECT jsonb_object_agg(g.answer_id, g.flags) AS by_answer
          FROM (SELECT f.answer_id, jsonb_agg(f.flag ORDER BY f.flag) AS flags
                  FROM answer_flags f
                 WHERE f.submission_id = k.submission_id AND NOT ${DISMISSED_SQL}
                 GROUP BY f.answer_id) g) fm
      CROSS JOIN LATERAL (
        SELECT ca.provision, ca.status, ca.code_version, ca.caveat, ca.answer_id, p.ordinal, a.provision AS printed, a.canonical_links,
               a.status_raw, a.evidence, a.commentary, (a.corrected_at IS NOT NULL) AS corrected,
               fm.by_answer -> ca.answer_id::text AS flags
          FROM counted_answers ca
          JOIN answers a ON a.id = ca.answer_id
          JOIN provisions p ON p.version = '2024' AND p.number = ca.provision
         WHERE ca.landlord_id = k.landlord_id AND ca.assessment_year = k.assessment_year
           AND a.submission_id = k.submission_id ${provisions}
        OFFSET 0) x
      LEFT JOIN LATERAL (
        SELECT l->>'relation' AS relation, l->>'trend' AS trend FROM jsonb_array_elements(x.canonical_links) l
         WHERE l->>'provision' = x.provision LIMIT 1) link ON TRUE
     ORDER BY k.name, k.landlord_id, k.assessment_year, x.ordinal`;
  return { sql, params };
}

/** How many rows `tidyAnswersSql` returns for the same filter. */
export function tidyAnswersCountSql(filter: TidyAnswersFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const years = landlordYearsSql(filter, params);
  const provisions = filter.provisions?.length
    ? `AND ca.provision = ANY($${params.push(filter.provisions)}::text[])`
    : '';
  return {
    sql: `SELECT count(*)::int AS rows FROM (${years}) k
            JOIN counted_answers ca ON ca.landlord_id = k.landlord_id AND ca.assessment_year = k.assessment_year ${provisions}`,
    params,
  };
}
