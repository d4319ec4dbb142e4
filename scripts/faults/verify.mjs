// The end-of-run checks: every accepted upload in a final state, its answers written exactly once.
const FINAL = ['parsed', 'needs_review', 'failed', 'accepted'];

/**
 * Waits until every accepted submission is in a final state. A slow machine only makes this take longer: it gives
 * up (and reports the rest as stuck) once no submission has reached a final state for `idleMs`.
 */
export async function waitForFinal(db, ids, idleMs) {
  let waiting = ids.length + 1;
  let lastProgress = Date.now();
  for (;;) {
    const rows = await db
      .query(`SELECT id FROM submissions WHERE id = ANY($1) AND status <> ALL($2)`, [ids, FINAL])
      .then((result) => result.rows)
      .catch(() => null);
    if (rows) {
      if (rows.length < waiting) lastProgress = Date.now();
      waiting = rows.length;
      if (rows.length === 0 || Date.now() - lastProgress > idleMs) return rows.map((r) => r.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/**
 * lost: accepted (202) but not in the database. duplicated: a submission with answers at the same position twice,
 * or variants of one document with different answer counts. stuck: not in a final state.
 */
export async function verify(db, accepted) {
  const ids = accepted.map((a) => a.id);
  const { rows } = await db.query(
    `SELECT s.id, s.status, s.error_code AS "errorCode",
            (SELECT count(*)::int FROM answers a WHERE a.submission_id = s.id) AS answers,
            (SELECT count(DISTINCT position)::int FROM answers a WHERE a.submission_id = s.id) AS positions
     FROM submissions s WHERE s.id = ANY($1)`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const lost = ids.filter((id) => !byId.has(id));
  const stuck = rows.filter((r) => !FINAL.includes(r.status)).map((r) => r.id);
  const duplicated = rows.filter((r) => r.answers !== r.positions).map((r) => r.id);
  // Every upload of one real document must end with the same number of answers (none lost or doubled by a retry).
  const countsBySource = new Map();
  for (const upload of accepted) {
    const row = byId.get(upload.id);
    if (!row || upload.kind !== 'real' || !['parsed', 'needs_review'].includes(row.status)) continue;
    const counts = countsBySource.get(upload.source) ?? new Set();
    counts.add(row.answers);
    countsBySource.set(upload.source, counts);
  }
  const inconsistent = [...countsBySource].filter(([, counts]) => counts.size > 1).map(([source, counts]) => `${source}: ${[...counts].join('/')}`);
  const outcomes = {};
  for (const row of rows) {
    const key = row.status === 'failed' ? `failed:${row.errorCode}` : row.status;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  return { lost, stuck, duplicated, inconsistent, outcomes, rows: byId };
}
