import {
  CONSISTENCY_FLAGS,
  FLAG_REVIEW_STATES,
  type PeerFilters,
} from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { answerRowSchema, pageRegionSchema } from '../../rows/answer.row';
import { peerConditions } from '../analytics/peer-filters';
import { DISMISSED_SQL, FLAG_REVIEW_JOIN_SQL } from './text-hash';
import { PAGE_TOTAL_SQL, selectPage, selectRows } from '../sql';

/** Parsed rows below this confidence wait in the check queue until someone corrects them. */
export const LOW_CONFIDENCE = 0.8;

export interface CheckFilter {
  kind?: 'flag' | 'low_confidence';
  flag?: string;
  provision?: string;
  landlordId?: string;
  year?: number;
  state?: 'open' | 'confirmed' | 'dismissed';
}

const checkRow = answerRowSchema
  .pick({
    submissionId: true,
    provision: true,
    canonicalProvisions: true,
    status: true,
    evidence: true,
    commentary: true,
    confidence: true,
    source: true,
  })
  .extend({
  kind: z.enum(['flag', 'low_confidence']),
  id: z.string(),
  answerId: z.string(),
  landlordId: z.string().nullable(),
  landlordName: z.string().nullable(),
  assessmentYear: z.number().nullable(),
  flag: z.enum(CONSISTENCY_FLAGS).nullable(),
  reason: z.string(),
  state: z.enum(FLAG_REVIEW_STATES),
  reviewReason: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  region: pageRegionSchema.nullable(),
  createdAt: z.date(),
});
export type CheckRow = z.output<typeof checkRow>;

const flagRow = z.object({
  id: z.string(),
  answerId: z.string(),
  submissionId: z.string(),
  landlordId: z.string().nullable(),
  flag: z.enum(CONSISTENCY_FLAGS),
  reason: z.string(),
  state: z.enum(FLAG_REVIEW_STATES),
  reviewReason: z.string().nullable(),
});
export type FlagRecord = z.output<typeof flagRow>;

const standingFlagRow = z.object({
  answerId: z.string(),
  flag: z.enum(CONSISTENCY_FLAGS),
  reason: z.string(),
  state: z.enum(['open', 'confirmed']),
});
/** A flag that stands on an answer: not dismissed for its current text. */
export type StandingFlag = Omit<z.output<typeof standingFlagRow>, 'answerId'>;

/** Submissions whose answers are worth checking: the current (not superseded) parsed, waiting or accepted ones. */
const CURRENT = `s.superseded_by_id IS NULL AND s.status IN ('parsed', 'needs_review', 'accepted')`;

const REVIEW_JOIN = FLAG_REVIEW_JOIN_SQL;

/** The analysts' check queue: flagged answers and low-confidence parsed rows, and the decisions on flags. */
@Injectable()
export class ChecksRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    filter: CheckFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: CheckRow[]; total: number }> {
    const params: unknown[] = [];
    const common: string[] = [CURRENT];
    if (filter.provision)
      common.push(`a.canonical_provisions @> ARRAY[$${params.push(filter.provision)}]::text[]`);
    if (filter.landlordId) common.push(`s.landlord_id = $${params.push(filter.landlordId)}`);
    if (filter.year) common.push(`s.assessment_year = $${params.push(filter.year)}`);
    const state = filter.state ?? 'open';
    const parts: string[] = [];
    if (filter.kind !== 'low_confidence') {
      const where = [...common, `coalesce(r.state, 'open') = $${params.push(state)}`];
      if (filter.flag) where.push(`f.flag = $${params.push(filter.flag)}`);
      parts.push(`SELECT 'flag' AS kind, f.id, a.id AS answer_id, f.flag, f.reason, coalesce(r.state, 'open') AS state,
          r.reason AS review_reason, u.email AS reviewed_by, r.reviewed_at, a.submission_id, s.created_at
        FROM answer_flags f JOIN answers a ON a.id = f.answer_id JOIN submissions s ON s.id = f.submission_id
        ${REVIEW_JOIN} LEFT JOIN users u ON u.id = r.reviewed_by
        WHERE ${where.join(' AND ')}`);
    }
    if (filter.kind !== 'flag' && !filter.flag && state === 'open') {
      const where = [...common, `a.confidence < $${params.push(LOW_CONFIDENCE)}`, 'a.corrected_at IS NULL'];
      parts.push(`SELECT 'low_confidence' AS kind, a.id, a.id AS answer_id, NULL AS flag,
          'Read with confidence ' || round(a.confidence::numeric, 2) ||
            CASE WHEN jsonb_array_length(a.flags) > 0 THEN ': ' || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(a.flags) x) ELSE '' END AS reason,
          'open' AS state, NULL AS review_reason, NULL AS reviewed_by, NULL::timestamptz AS reviewed_at, a.submission_id, s.created_at
        FROM answers a JOIN submissions s ON s.id = a.submission_id
        WHERE ${where.join(' AND ')}`);
    }
    if (parts.length === 0) return { rows: [], total: 0 };
    return selectPage(
      this.dataSource.manager,
      `SELECT i.kind, i.id, i.answer_id AS "answerId", i.submission_id AS "submissionId", s.landlord_id AS "landlordId",
              l.name AS "landlordName", s.assessment_year AS "assessmentYear", a.provision, a.canonical_provisions AS "canonicalProvisions",
              a.status, a.evidence, a.commentary, a.confidence::float8 AS confidence, i.flag, i.reason, i.state,
              i.review_reason AS "reviewReason", i.reviewed_by AS "reviewedBy", i.reviewed_at AS "reviewedAt",
              a.source->'regions'->0 AS region, a.source, i.created_at AS "createdAt", ${PAGE_TOTAL_SQL}
       FROM (${parts.join(' UNION ALL ')}) i
       JOIN answers a ON a.id = i.answer_id JOIN submissions s ON s.id = i.submission_id LEFT JOIN landlords l ON l.id = s.landlord_id
       ORDER BY i.created_at DESC, a.position, i.kind, i.flag NULLS FIRST`,
      params,
      checkRow,
      page,
      pageSize,
    );
  }

  async findFlag(id: string, manager: EntityManager = this.dataSource.manager): Promise<FlagRecord | null> {
    const [row] = await selectRows(
      manager,
      `SELECT f.id, f.answer_id AS "answerId", f.submission_id AS "submissionId", s.landlord_id AS "landlordId", f.flag, f.reason,
              coalesce(r.state, 'open') AS state, r.reason AS "reviewReason"
       FROM answer_flags f JOIN submissions s ON s.id = f.submission_id ${REVIEW_JOIN}
       WHERE f.id = $1`,
      [id],
      flagRow,
    );
    return row ?? null;
  }

  /** Records a decision on a flag for the answer's current text (replacing an earlier one); returns it with the flag as before. */
  async review(
    id: string,
    state: 'confirmed' | 'dismissed',
    reason: string | null,
    userId: string | null,
    manager: EntityManager,
  ): Promise<{ before: FlagRecord; reviewedAt: Date } | null> {
    const before = await this.findFlag(id, manager);
    if (!before) return null;
    const [saved] = await selectRows(
      manager,
      `INSERT INTO answer_flag_reviews (submission_id, parsed_provision, position, text_hash, flag, state, reason, reviewed_by)
       SELECT f.submission_id, f.parsed_provision, f.position, f.text_hash, f.flag, $2, $3, $4 FROM answer_flags f WHERE f.id = $1
       ON CONFLICT (submission_id, parsed_provision, position, flag, text_hash)
         DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason, reviewed_by = EXCLUDED.reviewed_by, reviewed_at = now()
       RETURNING reviewed_at AS "reviewedAt"`,
      [id, state, reason, userId],
      z.object({ reviewedAt: z.date() }),
    );
    if (!saved) return null;
    return { before, reviewedAt: saved.reviewedAt };
  }

  /** Flags no analyst dismissed on the answers of a year's counting submissions, by flag (overview). */
  async openFlagCounts(year: number, filters: PeerFilters): Promise<Record<string, number>> {
    const params: unknown[] = [year];
    const where = peerConditions(filters, params);
    const rows = await selectRows(
      this.dataSource.manager,
      `SELECT f.flag, count(*)::int AS n
         FROM counting_submissions cs JOIN landlords l ON l.id = cs.landlord_id
         JOIN answer_flags f ON f.submission_id = cs.submission_id
        WHERE cs.assessment_year = $1 AND NOT ${DISMISSED_SQL} ${where.map((w) => `AND ${w}`).join(' ')}
        GROUP BY f.flag`,
      params,
      z.object({ flag: z.string(), n: z.number() }),
    );
    return Object.fromEntries(rows.map((r) => [r.flag, r.n]));
  }

  /** The landlord a submission belongs to (undefined when there is no such submission). */
  async submissionLandlord(submissionId: string): Promise<{ landlordId: string | null } | undefined> {
    const [row] = await selectRows(
      this.dataSource.manager,
      'SELECT landlord_id AS "landlordId" FROM submissions WHERE id = $1',
      [submissionId],
      z.object({ landlordId: z.string().nullable() }),
    );
    return row;
  }

  /**
   * The flags of one submission's answers that no analyst has dismissed for the answer's current text (open or
   * confirmed), with their reasons, by answer: what the review page shows beside each answer. One index range
   * (`idx_answer_flags_submission`); answers without flags are absent from the map.
   */
  async standingFlagsByAnswer(
    submissionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, StandingFlag[]>> {
    const rows = await selectRows(
      manager,
      `SELECT f.answer_id AS "answerId", f.flag, f.reason, coalesce(r.state, 'open') AS state
       FROM answer_flags f ${REVIEW_JOIN}
       WHERE f.submission_id = $1 AND r.state IS DISTINCT FROM 'dismissed'
       ORDER BY f.answer_id, f.flag`,
      [submissionId],
      standingFlagRow,
    );
    const byAnswer = new Map<string, StandingFlag[]>();
    for (const { answerId, ...flag } of rows) {
      const list = byAnswer.get(answerId);
      if (list) list.push(flag);
      else byAnswer.set(answerId, [flag]);
    }
    return byAnswer;
  }

  /** Open and confirmed flags of the answers of one submission, with their reasons (shown beside each answer). */
  async flagsOfSubmission(submissionId: string): Promise<(FlagRecord & { answerId: string })[]> {
    return selectRows(
      this.dataSource.manager,
      `SELECT f.id, f.answer_id AS "answerId", f.submission_id AS "submissionId", s.landlord_id AS "landlordId", f.flag, f.reason,
              coalesce(r.state, 'open') AS state, r.reason AS "reviewReason"
       FROM answer_flags f JOIN submissions s ON s.id = f.submission_id ${REVIEW_JOIN}
       WHERE f.submission_id = $1 ORDER BY f.flag`,
      [submissionId],
      flagRow,
    );
  }
}
