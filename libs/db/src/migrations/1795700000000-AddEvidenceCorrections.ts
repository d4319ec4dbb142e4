import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Corrections of an answer's evidence and commentary: kept in `answer_overrides` beside status and provision
 * (NULL = not corrected), and the parser's own text kept on `answers` so a correction set back to it lapses.
 */
export class AddEvidenceCorrections1795700000000 implements MigrationInterface {
  name = 'AddEvidenceCorrections1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE answer_overrides ADD COLUMN evidence text NULL, ADD COLUMN commentary text NULL`);
    await queryRunner.query(`ALTER TABLE answer_overrides DROP CONSTRAINT ck_answer_overrides_something`);
    await queryRunner.query(
      `ALTER TABLE answer_overrides ADD CONSTRAINT ck_answer_overrides_something
         CHECK (status IS NOT NULL OR provision IS NOT NULL OR evidence IS NOT NULL OR commentary IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE answers ADD COLUMN parsed_evidence text NULL, ADD COLUMN parsed_commentary text NULL`);
    // Until now nothing corrected evidence or commentary: what is stored is what the parser read.
    await queryRunner.query(`UPDATE answers SET parsed_evidence = evidence, parsed_commentary = commentary`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE answers DROP COLUMN parsed_evidence, DROP COLUMN parsed_commentary`);
    await queryRunner.query(`DELETE FROM answer_overrides WHERE status IS NULL AND provision IS NULL`);
    await queryRunner.query(`ALTER TABLE answer_overrides DROP CONSTRAINT ck_answer_overrides_something`);
    await queryRunner.query(
      `ALTER TABLE answer_overrides ADD CONSTRAINT ck_answer_overrides_something CHECK (status IS NOT NULL OR provision IS NOT NULL)`,
    );
    await queryRunner.query(`ALTER TABLE answer_overrides DROP COLUMN evidence, DROP COLUMN commentary`);
  }
}
