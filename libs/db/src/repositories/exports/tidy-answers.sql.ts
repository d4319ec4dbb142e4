import type { AnswerStatus, LandlordType, SizeBand } from '@app/contracts';

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
  /** One landlord only (a landlord's own data). */
  landlordId?: string;
}

/** The size band of `homes_owned`, as the analytics peer groups define it. */
export const SIZE_BAND_SQL = (homesOwned: string) => `CASE
    WHEN ${homesOwned} IS NULL THEN 'unknown'
    WHEN ${homesOwned} < 1000 THEN 'under_1000'
    WHEN ${homesOwned} < 10000 THEN '1000_9999'
    WHEN ${homesOwned} < 50000 THEN '10000_49999'
    ELSE '50000_plus' END`;

/** The landlord-years (counting submissions) the filter selects, with their landlord; `$n` placeholders pushed to `params`. */
function landlordYearsSql(filter: TidyAnswersFilter, params: unknown[]): string {
  const where: string[] = [];
  if (filter.year !== undefined) where.push(`cs.assessment_year = $${params.push(filter.year)}`);
  if (filter.landlordType) where.push(`l.type = $${params.push(filter.landlordType)}`);
  if (filter.region) where.push(`l.region = $${params.push(filter.region)}`);
  if (filter.sizeBand) where.push(`${SIZE_BAND_SQL('l.homes_owned')} = $${params.push(filter.sizeBand)}`);
  if (filter.landlordId) where.push(`l.id = $${params.push(filter.landlordId)}::uuid`);
  if (filter.status) {
    const provisionLimit = filter.provisions?.length
      ? `AND x.provision = ANY($${params.push(filter.provisions)}::text[])`
      : '';
    where.push(`EXISTS (SELECT 1 FROM counted_answers x
                         WHERE x.landlord_id = cs.landlord_id AND x.assessment_year = cs.assessment_year
                           AND x.status = $${params.push(filter.status)} ${provisionLimit})`);
  }
  return `
    SELECT cs.landlord_id, cs.assessment_year, cs.submission_id, l.name, l.registration_code, l.type, l.region,
           ${SIZE_BAND_SQL('l.homes_owned')} AS size_band, l.sample
      FROM counting_submissions cs
      JOIN landlords l ON l.id = cs.landlord_id
     WHERE ${where.length ? where.join(' AND ') : 'TRUE'}
     ORDER BY l.name, cs.landlord_id, cs.assessment_year`;
}

/**
 * One row per landlord × year × canonical provision from the read model the analytics count, in the
 * order landlord name, year, provision. Driven by the (few thousand) landlord-years in order, each
 * reading its answers through the read model's primary key: the plan keeps the landlord-years' order
 * and sorts only within one landlord-year (incremental sort), never the whole wide result.
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
           k.assessment_year AS year, ca.code_version AS "codeVersion",
           a.provision AS "printedProvision", ca.provision,
           (SELECT link->>'relation' FROM jsonb_array_elements(a.canonical_links) link
             WHERE link->>'provision' = ca.provision LIMIT 1) AS relation,
           (SELECT link->>'trend' FROM jsonb_array_elements(a.canonical_links) link
             WHERE link->>'provision' = ca.provision LIMIT 1) AS trend,
           ca.caveat, ca.status, a.status_raw AS "statusAsWritten", a.evidence, a.commentary,
           (a.corrected_at IS NOT NULL) AS corrected, ca.submission_id AS "submissionId", ca.answer_id AS "answerId",
           s.parser_version AS "parserVersion"
      FROM (${years}) k
      CROSS JOIN LATERAL (
        SELECT ca.*, p.ordinal FROM counted_answers ca
          JOIN provisions p ON p.version = '2024' AND p.number = ca.provision
         WHERE ca.landlord_id = k.landlord_id AND ca.assessment_year = k.assessment_year ${provisions}
         ORDER BY p.ordinal) ca
      JOIN answers a ON a.id = ca.answer_id
      JOIN submissions s ON s.id = ca.submission_id
     ORDER BY k.name, k.landlord_id, k.assessment_year, ca.ordinal`;
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
