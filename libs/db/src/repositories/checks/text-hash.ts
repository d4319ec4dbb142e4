/**
 * SQL for the hash of an answer's own words (evidence and commentary) that keys analysts' flag decisions:
 * a decision holds while the text it was made on is unchanged. `a` is the answers alias.
 */
export const ANSWER_TEXT_HASH_SQL = `encode(sha256(convert_to(coalesce(a.evidence, '') || chr(31) || coalesce(a.commentary, ''), 'UTF8')), 'hex')`;

/** Submissions that count for their landlord and year (the analytics read model); `s` is the submissions alias. */
export const COUNTING_SUBMISSION_SQL = `EXISTS (SELECT 1 FROM counting_submissions cs_ WHERE cs_.submission_id = s.id)`;

/** A flag `f` (answer_flags) that an analyst has dismissed for the answer's current text. */
export const DISMISSED_SQL = `EXISTS (SELECT 1 FROM answer_flag_reviews r_ WHERE r_.submission_id = f.submission_id
  AND r_.parsed_provision = f.parsed_provision AND r_.position = f.position AND r_.flag = f.flag
  AND r_.text_hash = f.text_hash AND r_.state = 'dismissed')`;

/** The analyst's decision (`r`, answer_flag_reviews) on a flag `f` for the answer's current text, if any. */
export const FLAG_REVIEW_JOIN_SQL = `LEFT JOIN answer_flag_reviews r ON r.submission_id = f.submission_id
  AND r.parsed_provision = f.parsed_provision AND r.position = f.position AND r.flag = f.flag AND r.text_hash = f.text_hash`;

/**
 * Joins `fl.flags`: the flags standing (not dismissed) on a counted answer `ca`, sorted, or null when none.
 */
export const STANDING_FLAGS_JOIN_SQL = `LEFT JOIN LATERAL (SELECT array_agg(f.flag ORDER BY f.flag) AS flags FROM answer_flags f
  WHERE f.answer_id = ca.answer_id AND NOT ${DISMISSED_SQL}) fl ON true`;
