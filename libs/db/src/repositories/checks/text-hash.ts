/**
 * SQL for the hash of an answer's own words (evidence and commentary) that keys analysts' flag decisions:
 * a decision holds while the text it was made on is unchanged. `a` is the answers alias.
 */
export const ANSWER_TEXT_HASH_SQL = `encode(sha256(convert_to(coalesce(a.evidence, '') || chr(31) || coalesce(a.commentary, ''), 'UTF8')), 'hex')`;

/** Submissions that count for their landlord and year (latest non-superseded parsed or accepted); `s` is the alias. */
export const COUNTING_SUBMISSION_SQL = `(s.superseded_by_id IS NULL AND s.status IN ('parsed', 'accepted'))`;
