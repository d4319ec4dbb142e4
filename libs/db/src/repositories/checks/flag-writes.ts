import { createHash } from 'node:crypto';
import { evidenceKey, flagDocument, FLAGS_VERSION, type AnswerText } from '@app/consistency';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectRows } from '../sql';
import { ANSWER_TEXT_HASH_SQL, COUNTING_SUBMISSION_SQL } from './text-hash';

const submissionRow = z.object({
  landlordId: z.string().nullable(),
  assessmentYear: z.number().nullable(),
  codeVersion: z.string().nullable(),
});

const answerRow = z.object({
  id: z.string(),
  provision: z.string(),
  parsedProvision: z.string(),
  position: z.number(),
  status: z.string(),
  statusRaw: z.string().nullable(),
  evidence: z.string().nullable(),
  commentary: z.string().nullable(),
  canonicalProvisions: z.array(z.string()),
  textHash: z.string(),
});
type AnswerRow = z.output<typeof answerRow>;

const ANSWER_COLUMNS = `a.id, a.provision, a.parsed_provision AS "parsedProvision", a.position, a.status, a.status_raw AS "statusRaw",
  a.evidence, a.commentary, a.canonical_provisions AS "canonicalProvisions", ${ANSWER_TEXT_HASH_SQL} AS "textHash"`;

/** Evidence shorter than this is never looked up across landlords (the lib ignores it too). */
const MIN_SHARED_WORDS = 8;

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

/**
 * Recomputes the consistency flags of every answer of one submission (delete + insert) with the current
 * `FLAGS_VERSION`. Call inside the transaction that writes the answers, after they are written, so the flags
 * commit with them. Context: the document's other answers, the landlord's previous counting year (matched on
 * canonical provision) and other landlords' counting answers with the same evidence.
 */
export async function writeConsistencyFlags(manager: EntityManager, submissionId: string): Promise<number> {
  const [submission] = await selectRows(
    manager,
    `SELECT landlord_id AS "landlordId", assessment_year AS "assessmentYear", code_version AS "codeVersion" FROM submissions WHERE id = $1`,
    [submissionId],
    submissionRow,
  );
  await manager.query('DELETE FROM answer_flags WHERE submission_id = $1', [submissionId]);
  if (!submission) return 0;
  const answers = await selectRows(
    manager,
    `SELECT ${ANSWER_COLUMNS} FROM answers a WHERE a.submission_id = $1 ORDER BY a.position`,
    [submissionId],
    answerRow,
  );
  if (answers.length === 0) return 0;

  const previous = await previousYearAnswers(
    manager,
    submissionId,
    submission.landlordId,
    submission.assessmentYear,
  );
  const shared = await sharedEvidenceKeys(manager, submission.landlordId, answers);
  const codeVersion =
    submission.codeVersion === '2022' || submission.codeVersion === '2024' ? submission.codeVersion : null;
  const texts: (AnswerText & { row: AnswerRow })[] = answers.map((row) => ({
    row,
    provision: row.provision,
    status: row.status,
    statusRaw: row.statusRaw,
    evidence: row.evidence,
    commentary: row.commentary,
  }));
  const flags = flagDocument(texts, {
    codeVersion,
    previousYear: (answer) => {
      const row = (answer as (typeof texts)[number]).row;
      for (const provision of row.canonicalProvisions) {
        const before = previous.get(provision);
        if (before) return before;
      }
      return null;
    },
    sharedWithOtherLandlords: (key) => shared.has(md5(key)),
  });
  const inserts = texts.flatMap((t, i) =>
    (flags[i] ?? []).map((f) => ({
      answer_id: t.row.id,
      parsed_provision: t.row.parsedProvision,
      position: t.row.position,
      text_hash: t.row.textHash,
      flag: f.flag,
      reason: f.reason,
    })),
  );
  if (inserts.length === 0) return 0;
  await manager.query(
    `INSERT INTO answer_flags (answer_id, submission_id, parsed_provision, position, text_hash, flag, reason, flags_version)
     SELECT r.answer_id, $1, r.parsed_provision, r.position, r.text_hash, r.flag, r.reason, $3
     FROM jsonb_to_recordset($2::jsonb) AS r(answer_id uuid, parsed_provision text, position int, text_hash text, flag text, reason text)`,
    [submissionId, JSON.stringify(inserts), FLAGS_VERSION],
  );
  return inserts.length;
}

/** The landlord's answers in its counting submission of the year before, by canonical 2024 provision. */
async function previousYearAnswers(
  manager: EntityManager,
  submissionId: string,
  landlordId: string | null,
  year: number | null,
): Promise<Map<string, AnswerText>> {
  const byProvision = new Map<string, AnswerText>();
  if (!landlordId || !year) return byProvision;
  const rows = await selectRows(
    manager,
    `SELECT ${ANSWER_COLUMNS} FROM answers a
     WHERE a.submission_id = (
       SELECT s.id FROM submissions s
       WHERE s.landlord_id = $1 AND s.assessment_year = $2 AND s.id <> $3 AND ${COUNTING_SUBMISSION_SQL}
       ORDER BY (s.status = 'accepted') DESC, s.created_at DESC LIMIT 1)
     ORDER BY a.position`,
    [landlordId, year - 1, submissionId],
    answerRow,
  );
  for (const row of rows) {
    for (const provision of row.canonicalProvisions) {
      if (!byProvision.has(provision)) byProvision.set(provision, row);
    }
  }
  return byProvision;
}

/** md5 keys of this document's longer evidence texts that appear in another landlord's counting answers. */
async function sharedEvidenceKeys(
  manager: EntityManager,
  landlordId: string | null,
  answers: readonly AnswerRow[],
): Promise<Set<string>> {
  const keys = [
    ...new Set(
      answers
        .map((a) => evidenceKey(a.evidence))
        .filter((key) => key.split(' ').length >= MIN_SHARED_WORDS)
        .map(md5),
    ),
  ];
  if (keys.length === 0) return new Set();
  const rows = await selectRows(
    manager,
    `SELECT DISTINCT a.evidence_key AS "key" FROM answers a JOIN submissions s ON s.id = a.submission_id
     WHERE a.evidence_key = ANY($1::text[]) AND s.landlord_id IS DISTINCT FROM $2 AND s.landlord_id IS NOT NULL AND ${COUNTING_SUBMISSION_SQL}`,
    [keys, landlordId],
    z.object({ key: z.string() }),
  );
  return new Set(rows.map((r) => r.key));
}
