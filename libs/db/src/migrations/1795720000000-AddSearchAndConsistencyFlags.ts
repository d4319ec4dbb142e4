import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over answers and the consistency flags raised on them.
 * - `answers.search_vector`: evidence (weight A), commentary (B) and requirement (C), English stemming,
 *   a generated column so no writer can forget it; GIN-indexed.
 * - `answers.evidence_key`: md5 of the evidence reduced to lower-case letters and digits (the same key
 *   `@app/consistency` computes), to find evidence copied word for word between landlords.
 * - `answer_flags`: the flags of each answer, rewritten with the answers; `answer_flag_reviews`: analysts'
 *   decisions, keyed like `answer_overrides` (submission, provision as parsed, position) plus the flag and a
 *   hash of the answer's text, so a decision survives a re-parse unless the text changed.
 * - `consistency_flag_runs`: the flag versions every counting answer has been flagged with.
 */
export class AddSearchAndConsistencyFlags1795720000000 implements MigrationInterface {
  name = 'AddSearchAndConsistencyFlags1795720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE answers
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(evidence, '')), 'A') ||
          setweight(to_tsvector('english', coalesce(commentary, '')), 'B') ||
          setweight(to_tsvector('english', coalesce(requirement, '')), 'C')
        ) STORED,
        ADD COLUMN evidence_key text GENERATED ALWAYS AS (
          md5(btrim(regexp_replace(lower(coalesce(evidence, '')), '[^a-z0-9]+', ' ', 'g')))
        ) STORED`);
    await queryRunner.query(`CREATE INDEX idx_answers_search_vector ON answers USING gin (search_vector)`);
    await queryRunner.query(`CREATE INDEX idx_answers_evidence_key ON answers (evidence_key)`);

    await queryRunner.query(`
      CREATE TABLE answer_flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        answer_id uuid NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
        submission_id uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        parsed_provision text NOT NULL,
        position integer NOT NULL,
        text_hash char(64) NOT NULL,
        flag text NOT NULL CHECK (flag IN ('yes_but_not_in_place','no_without_plan','timescale_conflict','no_evidence',
          'boilerplate','unchanged_since_last_year','missing_answer')),
        reason text NOT NULL,
        flags_version text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_answer_flags_answer_flag ON answer_flags (answer_id, flag)`,
    );
    await queryRunner.query(`CREATE INDEX idx_answer_flags_submission ON answer_flags (submission_id)`);
    await queryRunner.query(
      `CREATE INDEX idx_answer_flags_flag_created ON answer_flags (flag, created_at DESC)`,
    );

    await queryRunner.query(`
      CREATE TABLE answer_flag_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        parsed_provision text NOT NULL,
        position integer NOT NULL,
        text_hash char(64) NOT NULL,
        flag text NOT NULL,
        state text NOT NULL CHECK (state IN ('confirmed','dismissed')),
        reason text NULL,
        reviewed_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_answer_flag_reviews_dismiss_reason CHECK (state <> 'dismissed' OR length(btrim(coalesce(reason, ''))) > 0)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_answer_flag_reviews_key ON answer_flag_reviews (submission_id, parsed_provision, position, flag, text_hash)`,
    );

    await queryRunner.query(`
      CREATE TABLE consistency_flag_runs (
        version text PRIMARY KEY,
        started_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz NULL,
        submissions integer NOT NULL DEFAULT 0
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS consistency_flag_runs');
    await queryRunner.query('DROP TABLE IF EXISTS answer_flag_reviews');
    await queryRunner.query('DROP TABLE IF EXISTS answer_flags');
    await queryRunner.query('DROP INDEX IF EXISTS idx_answers_evidence_key');
    await queryRunner.query('DROP INDEX IF EXISTS idx_answers_search_vector');
    await queryRunner.query(
      'ALTER TABLE answers DROP COLUMN IF EXISTS evidence_key, DROP COLUMN IF EXISTS search_vector',
    );
  }
}
