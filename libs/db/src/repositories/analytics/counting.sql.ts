import { SIZE_BAND_SQL } from './peer-filters';

/**
 * The counting rules as SQL, in one place: the refresh functions, the bulk rebuild (migration, sample sector)
 * and the from-scratch oracle the tests compare the read model with all use these builders.
 *
 * `scope(alias)` limits the work to some landlord-years; it names the columns `landlord_id` and
 * `assessment_year` through the alias it is given.
 */
export type CountingScope = (alias: string) => string;

export const ALL_LANDLORD_YEARS: CountingScope = () => 'TRUE';

/** Least compliant first: an answered status beats an unanswered one; among the others unknown, missing, na. */
export const STATUS_RANK_SQL = (column: string) =>
  `CASE ${column} WHEN 'no' THEN 1 WHEN 'partial' THEN 2 WHEN 'yes' THEN 3 WHEN 'unknown' THEN 4 WHEN 'missing' THEN 5 ELSE 6 END`;

/**
 * Which submission counts for each landlord and year: not superseded, `parsed` or `accepted`, with a known
 * Code version. Accepted beats parsed; then the landlord's own beats one moved in by a merge; then the latest upload.
 */
export function chosenSubmissionsSql(scope: CountingScope): string {
  return `
    SELECT DISTINCT ON (s.landlord_id, s.assessment_year)
           s.landlord_id, s.assessment_year, s.id AS submission_id, s.code_version,
           CASE WHEN s.origin_landlord_id IS NOT NULL AND s.origin_landlord_id <> s.landlord_id
                 AND o.merged_into_id IS NOT NULL THEN s.origin_landlord_id END AS merged_from_id,
           l.type AS landlord_type, COALESCE(l.region, '') AS region, ${SIZE_BAND_SQL} AS size_band
      FROM submissions s
      JOIN landlords l ON l.id = s.landlord_id
      LEFT JOIN landlords o ON o.id = s.origin_landlord_id
     WHERE s.status IN ('parsed', 'accepted') AND s.superseded_by_id IS NULL
       AND s.landlord_id IS NOT NULL AND s.assessment_year IS NOT NULL AND s.code_version IN ('2022', '2024')
       AND ${scope('s')}
     ORDER BY s.landlord_id, s.assessment_year, (s.status = 'accepted') DESC,
              (s.origin_landlord_id IS NOT NULL AND s.origin_landlord_id <> s.landlord_id AND o.merged_into_id IS NOT NULL),
              s.created_at DESC, s.id DESC`;
}

/**
 * The counted answer per landlord, year and canonical 2024 provision, from the chosen submissions in `chosen`
 * (a relation with the columns of `chosenSubmissionsSql`). Crosswalk carries `as_is` and `caveat` count
 * (`none` never reaches `canonical_links`); several answers reaching one provision count as the least compliant.
 */
export function countedAnswersSql(chosen: string): string {
  return `
    SELECT cs.landlord_id, cs.assessment_year, link->>'provision' AS provision,
           (array_agg(a.status ORDER BY ${STATUS_RANK_SQL('a.status')}, a.position))[1] AS status,
           (array_agg(a.id ORDER BY ${STATUS_RANK_SQL('a.status')}, a.position))[1] AS answer_id,
           cs.submission_id, cs.code_version,
           jsonb_agg(DISTINCT jsonb_build_object('codeVersion', cs.code_version, 'provision', a.provision,
                     'relation', link->>'relation', 'trend', link->>'trend')) FILTER (WHERE cs.code_version <> '2024') AS carried,
           CASE WHEN bool_or(link->>'trend' = 'caveat') OR count(DISTINCT a.id) > 1 THEN
             jsonb_strip_nulls(jsonb_build_object(
               'from', jsonb_agg(DISTINCT jsonb_build_object('codeVersion', cs.code_version, 'provision', a.provision,
                       'relation', link->>'relation', 'trend', link->>'trend')),
               'leastCompliantOf', CASE WHEN count(DISTINCT a.id) > 1 THEN count(DISTINCT a.id) END))
           END AS caveat,
           bool_or(link->>'trend' = 'caveat') AS has_caveat_carry
      FROM (${chosen}) cs
      JOIN answers a ON a.submission_id = cs.submission_id
      CROSS JOIN LATERAL jsonb_array_elements(a.canonical_links) AS link
     WHERE link->>'trend' IN ('as_is', 'caveat')
     GROUP BY cs.landlord_id, cs.assessment_year, link->>'provision', cs.submission_id, cs.code_version`;
}

const COUNTED_COLUMNS =
  'landlord_id, assessment_year, provision, status, answer_id, submission_id, code_version, carried, caveat, has_caveat_carry';

const STATUS_SUMS = (sign: '' | '-') =>
  ['yes', 'no', 'partial', 'na', 'missing', 'unknown']
    .map((status) => `${sign}count(*) FILTER (WHERE ca.status = '${status}')::int AS ${status}`)
    .join(', ');

/** The counted answers of `scope`, summed per year, provision and peer slice, added to (or taken from) counted_totals. */
function totalsDelta(scope: CountingScope, sign: '' | '-'): string {
  return `
    INSERT INTO counted_totals AS t (assessment_year, provision, landlord_type, region, size_band, yes, no, partial, na, missing, unknown)
    SELECT ca.assessment_year, ca.provision, cs.landlord_type, cs.region, cs.size_band, ${STATUS_SUMS(sign)}
      FROM counted_answers ca
      JOIN counting_submissions cs ON cs.landlord_id = ca.landlord_id AND cs.assessment_year = ca.assessment_year
     WHERE ${scope('ca')}
     GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (assessment_year, provision, landlord_type, region, size_band) DO UPDATE
       SET yes = t.yes + EXCLUDED.yes, no = t.no + EXCLUDED.no, partial = t.partial + EXCLUDED.partial,
           na = t.na + EXCLUDED.na, missing = t.missing + EXCLUDED.missing, unknown = t.unknown + EXCLUDED.unknown`;
}

/** counted_totals computed from scratch (non-zero rows), for the oracle. */
export const FROM_SCRATCH_TOTALS_SQL = `
  SELECT ca.assessment_year, ca.provision, cs.landlord_type, cs.region, cs.size_band, ${STATUS_SUMS('')}
    FROM counted_answers ca
    JOIN counting_submissions cs ON cs.landlord_id = ca.landlord_id AND cs.assessment_year = ca.assessment_year
   GROUP BY 1, 2, 3, 4, 5`;

/**
 * Recomputes the read model for the landlord-years in `scope`: statements to run in order, in one transaction.
 * The totals change by deltas (take away the old rows, add the new), which stay exact under concurrent writers.
 */
export function rebuildCountingStatements(scope: CountingScope): string[] {
  return [
    totalsDelta(scope, '-'),
    `DELETE FROM counting_submissions cs WHERE ${scope('cs')}`,
    `INSERT INTO counting_submissions (landlord_id, assessment_year, submission_id, code_version, merged_from_id,
            landlord_type, region, size_band)
     ${chosenSubmissionsSql(scope)}`,
    `INSERT INTO counted_answers (${COUNTED_COLUMNS})
     SELECT * FROM (${countedAnswersSql(`SELECT * FROM counting_submissions c WHERE ${scope('c')}`)}) x
      ORDER BY landlord_id, assessment_year, provision`,
    `UPDATE counting_submissions cs
        SET yes = c.yes, no = c.no, partial = c.partial, na = c.na, missing = c.missing, unknown = c.unknown
       FROM (SELECT landlord_id, assessment_year,
                    count(*) FILTER (WHERE status = 'yes')::int AS yes, count(*) FILTER (WHERE status = 'no')::int AS no,
                    count(*) FILTER (WHERE status = 'partial')::int AS partial, count(*) FILTER (WHERE status = 'na')::int AS na,
                    count(*) FILTER (WHERE status = 'missing')::int AS missing,
                    count(*) FILTER (WHERE status = 'unknown')::int AS unknown
               FROM counted_answers ca WHERE ${scope('ca')} GROUP BY landlord_id, assessment_year) c
      WHERE cs.landlord_id = c.landlord_id AND cs.assessment_year = c.assessment_year`,
    totalsDelta(scope, ''),
  ];
}

/** The whole read model from the base tables (migration back-fill). */
export const REBUILD_ALL_COUNTING = rebuildCountingStatements(ALL_LANDLORD_YEARS);

/** The counted answers computed from scratch, in the read model's columns: the oracle the tests compare with. */
export const FROM_SCRATCH_COUNTED_SQL = `SELECT ${COUNTED_COLUMNS} FROM (${countedAnswersSql(chosenSubmissionsSql(ALL_LANDLORD_YEARS))}) x`;
export const FROM_SCRATCH_CHOSEN_SQL = chosenSubmissionsSql(ALL_LANDLORD_YEARS);
