import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ingestion pipeline's own state: which parse generation produced a submission's answers,
 * human corrections kept apart from parser output (they survive re-parsing), and re-parse diffs
 * of confirmed submissions waiting for a decision.
 */
export class AddIngestionTables1795510000000 implements MigrationInterface {
  name = 'AddIngestionTables1795510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE submissions ADD COLUMN parsed_generation integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`CREATE INDEX idx_submissions_created_at ON submissions (created_at)`);
    await queryRunner.query(`CREATE INDEX idx_submissions_superseded_by ON submissions (superseded_by_id)`);

    await queryRunner.query(`
      CREATE TABLE answer_overrides (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        parsed_provision text NOT NULL,
        position integer NOT NULL,
        status text NULL CHECK (status IS NULL OR status IN ('yes','no','partial','na','missing','unknown')),
        provision text NULL,
        created_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_answer_overrides_something CHECK (status IS NOT NULL OR provision IS NOT NULL)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_answer_overrides_key ON answer_overrides (submission_id, parsed_provision, position)`,
    );

    await queryRunner.query(`
      CREATE TABLE reparse_diffs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        generation integer NOT NULL,
        parser_version text NOT NULL,
        changes jsonb NOT NULL,
        proposed jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz NULL,
        resolution text NULL CHECK (resolution IS NULL OR resolution IN ('accepted','rejected')),
        resolved_by uuid NULL REFERENCES users(id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_reparse_diffs_submission ON reparse_diffs (submission_id)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_reparse_diffs_pending ON reparse_diffs (submission_id) WHERE resolved_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS reparse_diffs`);
    await queryRunner.query(`DROP TABLE IF EXISTS answer_overrides`);
    await queryRunner.query(`DROP INDEX IF EXISTS idx_submissions_superseded_by`);
    await queryRunner.query(`DROP INDEX IF EXISTS idx_submissions_created_at`);
    await queryRunner.query(`ALTER TABLE submissions DROP COLUMN IF EXISTS parsed_generation`);
  }
}
