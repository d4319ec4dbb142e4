import { randomBytes } from 'node:crypto';
import type { AnswerStatus } from '@app/contracts';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { ParsedAnswerRow } from '../rows/answer.row';
import { canonicalLinksFor } from '../ingestion/answer-rows';
import type { ParseOutcome, ParseResultsRepository } from './parse-results.repository';
import { selectRows } from './sql';
import type { ParseRequestFor, SubmissionsRepository } from './submissions.repository';
import { FROM_SCRATCH_CHOSEN_SQL, FROM_SCRATCH_COUNTED_SQL, FROM_SCRATCH_TOTALS_SQL } from './analytics/counting.sql';

export const parseRequest: ParseRequestFor = (id, generation) => ({
  queue: 'submission-parse',
  jobName: 'parse-submission',
  jobId: `parse.${id}.${generation}`,
  payload: { submissionId: id, reason: generation === 1 ? 'upload' : 'reprocess', generation },
});

export async function createLandlord(db: DataSource, label: string, fields: { type?: string; homesOwned?: number } = {}): Promise<string> {
  const name = `${label} ${randomBytes(4).toString('hex')}`;
  const [row] = await db.query(
    `INSERT INTO landlords (name, match_name, type, homes_owned) VALUES ($1, lower($1), $2, $3) RETURNING id`,
    [name, fields.type ?? 'housing_association', fields.homesOwned ?? null],
  );
  return row.id;
}

/** Answers for the given printed provisions of a Code version, with their crosswalk links. */
export function answerRows(version: '2022' | '2024', answers: [string, AnswerStatus][]): ParsedAnswerRow[] {
  return answers.map(([provision, status], position) => ({
    position,
    provision,
    canonicalLinks: canonicalLinksFor(version, provision),
    status,
    statusRaw: status,
    requirement: null,
    evidence: `evidence for ${provision}`,
    commentary: null,
    confidence: 0.9,
    flags: [],
    source: {},
  }));
}

export function outcome(
  landlordId: string | null,
  year: number | null,
  version: '2022' | '2024',
  answers: [string, AnswerStatus][],
): ParseOutcome {
  return {
    submission: { codeVersion: version, parserVersion: 'p1', detectedLandlordName: null, detectedYear: year, detectedDate: null, warnings: [] },
    answers: answerRows(version, answers),
    landlordId,
    assessmentYear: year,
  };
}

/** Uploads (with a unique sha) and applies one parse: the path a document takes through the worker. */
export async function uploadAndParse(
  repos: { submissions: SubmissionsRepository; results: ParseResultsRepository },
  landlordId: string,
  year: number,
  version: '2022' | '2024',
  answers: [string, AnswerStatus][],
  extra: Partial<ParseOutcome> = {},
): Promise<string> {
  const bytes = randomBytes(48);
  const { id } = await repos.submissions.createFromUpload(
    {
      landlordId,
      assessmentYear: year,
      uploadedBy: null,
      sha256: bytes.toString('hex').padEnd(64, '0').slice(0, 64),
      mediaType: 'text/plain',
      format: 'text',
      originalName: 'sa.txt',
      bytes,
    },
    parseRequest,
  );
  const result = await repos.results.apply(id, 1, { ...outcome(landlordId, year, version, answers), ...extra });
  if (!result.applied) throw new Error(`parse of ${id} was not applied: ${result.reason}`);
  return id;
}

const countedRow = z.object({
  landlordId: z.string(),
  year: z.number(),
  provision: z.string(),
  status: z.string(),
  answerId: z.string(),
  submissionId: z.string(),
  caveat: z.unknown(),
  carried: z.unknown(),
});

export async function counted(db: DataSource, landlordId: string): Promise<z.output<typeof countedRow>[]> {
  return selectRows(
    db.manager,
    `SELECT landlord_id AS "landlordId", assessment_year AS year, provision, status, answer_id AS "answerId",
            submission_id AS "submissionId", caveat, carried
       FROM counted_answers WHERE landlord_id = $1 ORDER BY assessment_year, provision`,
    [landlordId],
    countedRow,
  );
}

/** Rows in one relation and not the other, both ways: empty when the read model equals the from-scratch computation. */
export async function readModelDifferences(db: DataSource): Promise<{ counted: unknown[]; chosen: unknown[]; totals: unknown[] }> {
  const counted = await db.query(
    `(SELECT 'read model only' AS side, * FROM (SELECT landlord_id, assessment_year, provision, status, answer_id, submission_id,
              code_version, carried, caveat, has_caveat_carry FROM counted_answers EXCEPT (${FROM_SCRATCH_COUNTED_SQL})) a)
     UNION ALL
     (SELECT 'from scratch only', * FROM ((${FROM_SCRATCH_COUNTED_SQL}) EXCEPT SELECT landlord_id, assessment_year, provision, status,
              answer_id, submission_id, code_version, carried, caveat, has_caveat_carry FROM counted_answers) b)`,
  );
  const chosen = await db.query(
    `(SELECT 'read model only' AS side, * FROM (SELECT landlord_id, assessment_year, submission_id, code_version, merged_from_id,
              landlord_type, region, size_band FROM counting_submissions EXCEPT (${FROM_SCRATCH_CHOSEN_SQL})) a)
     UNION ALL
     (SELECT 'from scratch only', * FROM ((${FROM_SCRATCH_CHOSEN_SQL}) EXCEPT SELECT landlord_id, assessment_year, submission_id,
              code_version, merged_from_id, landlord_type, region, size_band FROM counting_submissions) b)`,
  );
  const kept = `SELECT assessment_year, provision, landlord_type, region, size_band, yes, no, partial, na, missing, unknown
                  FROM counted_totals WHERE yes + no + partial + na + missing + unknown > 0`;
  const totals = await db.query(
    `(SELECT 'read model only' AS side, * FROM (${kept} EXCEPT (${FROM_SCRATCH_TOTALS_SQL})) a)
     UNION ALL
     (SELECT 'from scratch only', * FROM ((${FROM_SCRATCH_TOTALS_SQL}) EXCEPT ${kept}) b)`,
  );
  return { counted, chosen, totals };
}
