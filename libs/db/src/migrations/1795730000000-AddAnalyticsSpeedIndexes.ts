import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read paths of the analytics at sector scale: a provision's 2022-Code carries (the trend's `carried` and caveat
 * marker) read from a partial index that holds only answers with a carry, without visiting the table; a
 * provision's per-slice totals over all years (the trend's counts) found by provision.
 */
export class AddAnalyticsSpeedIndexes1795730000000 implements MigrationInterface {
  name = 'AddAnalyticsSpeedIndexes1795730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS idx_counted_answers_carried ON counted_answers (provision, assessment_year, landlord_id)
         INCLUDE (carried) WHERE carried IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS idx_counted_totals_provision ON counted_totals (provision, assessment_year)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS idx_counted_totals_provision`);
    await queryRunner.query(`DROP INDEX IF EXISTS idx_counted_answers_carried`);
  }
}
