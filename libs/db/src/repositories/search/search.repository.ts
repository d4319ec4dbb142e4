import { CONSISTENCY_FLAGS, type PeerFilters, SEARCH_FIELDS } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { answerStatus, landlordPeerRow, peerConditions, SIZE_BAND_SQL } from '../analytics/peer-filters';
import { DISMISSED_SQL, FLAG_REVIEW_JOIN_SQL } from '../checks/text-hash';
import { selectRows } from '../sql';

export interface SearchFilter extends PeerFilters {
  q: string;
  provision?: string;
  status?: string;
  year?: number;
  flag?: string;
  /** Include superseded and other non-counting (parsed or accepted) submissions. */
  all?: boolean;
  /** Only this landlord's answers (landlord users). */
  landlordId?: string;
}

const hitRow = landlordPeerRow.extend({
  answerId: z.string(),
  submissionId: z.string(),
  assessmentYear: z.number(),
  codeVersion: z.string().nullable(),
  provision: z.string(),
  canonicalProvisions: z.array(z.string()),
  status: answerStatus,
  rank: z.number(),
  counting: z.boolean(),
  snippet: z.string(),
  field: z.enum(SEARCH_FIELDS),
  /** Flags standing on the answer (open or confirmed; dismissed ones left out), with their reasons. */
  consistencyFlags: z.array(
    z.object({ flag: z.enum(CONSISTENCY_FLAGS), reason: z.string(), state: z.enum(['open', 'confirmed']) }),
  ),
});
export type SearchHitRow = z.output<typeof hitRow>;

/** Most matches one search ranks (see `search`). */
export const SEARCH_CANDIDATES = 2000;

/** ts_headline options: «matched» words, a couple of short fragments. */
const HEADLINE = `'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'`;
/** The marks are the only markup: guillemets already in the text become plain quotes first. */
const unmarked = (column: string) => `replace(replace(coalesce(${column}, ''), '«', '"'), '»', '"')`;

/**
 * Full-text search over answers' evidence, commentary and requirement (`answers.search_vector`, GIN), ranked by
 * `ts_rank` (evidence weighs most). Counting submissions only unless `all`; provisions through the crosswalk
 * (`canonical_provisions`); snippets are computed for the page only.
 */
@Injectable()
export class SearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of hits, best first. Ranking reads every candidate's vector, so at most `SEARCH_CANDIDATES`
   * matches (the first the index yields) are ranked: past that, `total` is that cap and `capped` says so, and
   * the page holds the best of those candidates (a narrower search ranks every match).
   */
  async search(
    filter: SearchFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: SearchHitRow[]; total: number; capped: boolean }> {
    const params: unknown[] = [filter.q];
    const where = this.conditions(filter, params);
    const from = this.fromClause(filter);
    const cap = params.push(SEARCH_CANDIDATES + 1);
    const limit = params.push(pageSize);
    const offset = params.push((page - 1) * pageSize);
    const rows = await selectRows(
      this.dataSource.manager,
      `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
       candidates AS MATERIALIZED (
         SELECT a.id, a.submission_id, a.provision, a.canonical_provisions, a.status,
                ts_rank(a.search_vector, (SELECT query FROM q)) AS rank, s.assessment_year, s.code_version,
                l.id AS landlord_id, l.name AS landlord_name, l.type AS landlord_type, l.region, ${SIZE_BAND_SQL} AS size_band,
                cs.submission_id IS NOT NULL AS counting
         FROM ${from}
         WHERE ${where.join(' AND ')}
         LIMIT $${cap}),
       page AS (
         SELECT c.*, a.evidence, a.commentary, a.requirement FROM candidates c JOIN answers a ON a.id = c.id
         ORDER BY c.rank DESC, c.assessment_year DESC, c.id
         LIMIT $${limit} OFFSET $${offset})
       SELECT p.id AS "answerId", p.submission_id AS "submissionId", p.landlord_id AS "landlordId", p.landlord_name AS "landlordName",
              p.landlord_type AS "landlordType", p.region, p.size_band AS "sizeBand", p.assessment_year AS "assessmentYear",
              p.code_version AS "codeVersion", p.provision, p.canonical_provisions AS "canonicalProvisions", p.status,
              p.rank::float8 AS rank, p.counting, hit.field, (SELECT count(*) FROM candidates)::int AS total,
              ts_headline('english', ${unmarked('hit.text')}, (SELECT query FROM q), ${HEADLINE}) AS snippet,
              coalesce((SELECT json_agg(json_build_object('flag', f.flag, 'reason', f.reason, 'state', coalesce(r.state, 'open')) ORDER BY f.flag)
                          FROM answer_flags f ${FLAG_REVIEW_JOIN_SQL}
                         WHERE f.answer_id = p.id AND r.state IS DISTINCT FROM 'dismissed'), '[]') AS "consistencyFlags"
       FROM page p
       CROSS JOIN LATERAL (
         SELECT field, text FROM (VALUES (1, 'evidence', p.evidence), (2, 'commentary', p.commentary), (3, 'requirement', p.requirement)) v(o, field, text)
         WHERE coalesce(text, '') <> ''
         ORDER BY (to_tsvector('english', text) @@ (SELECT query FROM q)) DESC, o LIMIT 1) hit
       ORDER BY p.rank DESC, p.assessment_year DESC, p.id`,
      params,
      hitRow.extend({ total: z.number() }),
    );
    const found = rows[0]?.total ?? (page > 1 ? await this.countCandidates(filter) : 0);
    return {
      rows: rows.map(({ total: _total, ...row }) => row),
      total: Math.min(found, SEARCH_CANDIDATES),
      capped: found > SEARCH_CANDIDATES,
    };
  }

  /** The capped number of matches, for a page past the last one. */
  private async countCandidates(filter: SearchFilter): Promise<number> {
    const params: unknown[] = [filter.q];
    const where = this.conditions(filter, params);
    const cap = params.push(SEARCH_CANDIDATES + 1);
    const [row] = await selectRows(
      this.dataSource.manager,
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${this.fromClause(filter)} WHERE ${where.join(' AND ')} LIMIT $${cap}) m`,
      params,
      z.object({ n: z.number() }),
    );
    return row?.n ?? 0;
  }

  /** Counting answers join the read model (landlord after merges); `all` reads every parsed or accepted submission. */
  private fromClause(filter: SearchFilter): string {
    return filter.all
      ? `answers a JOIN submissions s ON s.id = a.submission_id
         LEFT JOIN counting_submissions cs ON cs.submission_id = s.id
         JOIN landlords l ON l.id = coalesce(cs.landlord_id, s.landlord_id)`
      : `answers a JOIN counting_submissions cs ON cs.submission_id = a.submission_id
         JOIN submissions s ON s.id = a.submission_id
         JOIN landlords l ON l.id = cs.landlord_id`;
  }

  private conditions(filter: SearchFilter, params: unknown[]): string[] {
    const where = [`a.search_vector @@ websearch_to_tsquery('english', $1)`];
    if (filter.all) where.push(`s.status IN ('parsed', 'accepted') AND s.assessment_year IS NOT NULL`);
    if (filter.provision)
      where.push(`a.canonical_provisions @> ARRAY[$${params.push(filter.provision)}]::text[]`);
    if (filter.status) where.push(`a.status = $${params.push(filter.status)}`);
    if (filter.year) where.push(`s.assessment_year = $${params.push(filter.year)}`);
    if (filter.landlordId) where.push(`l.id = $${params.push(filter.landlordId)}`);
    if (filter.flag) {
      where.push(
        `EXISTS (SELECT 1 FROM answer_flags f WHERE f.answer_id = a.id AND f.flag = $${params.push(filter.flag)} AND NOT ${DISMISSED_SQL})`,
      );
    }
    where.push(...peerConditions(filter, params));
    return where;
  }
}
