import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD_ALL_COUNTING } from '../repositories/analytics/counting.sql';

/**
 * The analytics read model: the one counting submission per landlord and assessment year, and its answers
 * keyed by canonical 2024 provision (see docs/ARCHITECTURE.md, "Analytics"). Written only by
 * `refreshCounting*` inside the transactions that change what counts. Also: `landlords.sample` marks
 * generated sample data, and `submissions.origin_landlord_id` remembers who filed a submission before a
 * merge moved it, so a successor's history can say which years came from a merged landlord.
 */
export class CreateAnalyticsReadModel1795710000000 implements MigrationInterface {
  name = 'CreateAnalyticsReadModel1795710000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE landlords ADD COLUMN sample boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`CREATE INDEX idx_landlords_sample ON landlords (id) WHERE sample`);
    await queryRunner.query(
      `ALTER TABLE submissions ADD COLUMN origin_landlord_id uuid NULL REFERENCES landlords(id) ON DELETE SET NULL`,
    );
    await queryRunner.query(`
      CREATE FUNCTION submissions_keep_origin_landlord() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.landlord_id IS NOT NULL AND NEW.landlord_id IS DISTINCT FROM OLD.landlord_id THEN
          NEW.origin_landlord_id := COALESCE(OLD.origin_landlord_id, OLD.landlord_id);
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER trg_submissions_keep_origin_landlord BEFORE UPDATE OF landlord_id ON submissions
      FOR EACH ROW EXECUTE FUNCTION submissions_keep_origin_landlord()`);

    await queryRunner.query(`
      CREATE TABLE counting_submissions (
        landlord_id uuid NOT NULL REFERENCES landlords(id) ON DELETE CASCADE,
        assessment_year integer NOT NULL,
        submission_id uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        code_version text NOT NULL,
        merged_from_id uuid NULL REFERENCES landlords(id) ON DELETE SET NULL,
        landlord_type text NOT NULL,
        region text NOT NULL,
        size_band text NOT NULL,
        yes integer NOT NULL DEFAULT 0,
        no integer NOT NULL DEFAULT 0,
        partial integer NOT NULL DEFAULT 0,
        na integer NOT NULL DEFAULT 0,
        missing integer NOT NULL DEFAULT 0,
        unknown integer NOT NULL DEFAULT 0,
        PRIMARY KEY (landlord_id, assessment_year)
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_counting_submissions_year ON counting_submissions (assessment_year, landlord_id)`,
    );
    await queryRunner.query(`CREATE INDEX idx_counting_submissions_submission ON counting_submissions (submission_id)`);

    await queryRunner.query(`
      CREATE TABLE counted_answers (
        landlord_id uuid NOT NULL,
        assessment_year integer NOT NULL,
        provision text NOT NULL,
        status text NOT NULL CHECK (status IN ('yes','no','partial','na','missing','unknown')),
        answer_id uuid NOT NULL,
        submission_id uuid NOT NULL,
        code_version text NOT NULL,
        carried jsonb NULL,
        caveat jsonb NULL,
        has_caveat_carry boolean NOT NULL DEFAULT false,
        PRIMARY KEY (landlord_id, assessment_year, provision),
        CONSTRAINT fk_counted_answers_counting FOREIGN KEY (landlord_id, assessment_year)
          REFERENCES counting_submissions (landlord_id, assessment_year) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE INDEX idx_counted_answers_provision_year ON counted_answers (provision, assessment_year) INCLUDE (status, landlord_id)`,
    );
    await queryRunner.query(
      `CREATE INDEX idx_counted_answers_year_provision ON counted_answers (assessment_year, provision) INCLUDE (status, landlord_id)`,
    );
    // Sums of counted answers per year, provision and peer slice (type, region, size band), kept by deltas in
    // the same statements that rewrite counted_answers: the sector overview reads these instead of every answer.
    await queryRunner.query(`
      CREATE TABLE counted_totals (
        assessment_year integer NOT NULL,
        provision text NOT NULL,
        landlord_type text NOT NULL,
        region text NOT NULL,
        size_band text NOT NULL,
        yes integer NOT NULL DEFAULT 0,
        no integer NOT NULL DEFAULT 0,
        partial integer NOT NULL DEFAULT 0,
        na integer NOT NULL DEFAULT 0,
        missing integer NOT NULL DEFAULT 0,
        unknown integer NOT NULL DEFAULT 0,
        PRIMARY KEY (assessment_year, provision, landlord_type, region, size_band)
      )`);
    for (const statement of REBUILD_ALL_COUNTING) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS counted_totals`);
    await queryRunner.query(`DROP TABLE IF EXISTS counted_answers`);
    await queryRunner.query(`DROP TABLE IF EXISTS counting_submissions`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS trg_submissions_keep_origin_landlord ON submissions`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS submissions_keep_origin_landlord()`);
    await queryRunner.query(`ALTER TABLE submissions DROP COLUMN IF EXISTS origin_landlord_id`);
    await queryRunner.query(`DROP INDEX IF EXISTS idx_landlords_sample`);
    await queryRunner.query(`ALTER TABLE landlords DROP COLUMN IF EXISTS sample`);
  }
}
