import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-side sessions and one-time set-password links; indexes for audit look-ups by actor and users by landlord. */
export class CreateSessionsAndPasswordTokens1795600000000 implements MigrationInterface {
  name = 'CreateSessionsAndPasswordTokens1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_sessions_user REFERENCES users(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ip text NULL,
        user_agent text NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_sessions_token_hash ON sessions (token_hash)`);
    await queryRunner.query(`CREATE INDEX idx_sessions_user ON sessions (user_id)`);
    await queryRunner.query(`CREATE INDEX idx_sessions_expires_at ON sessions (expires_at)`);

    await queryRunner.query(`
      CREATE TABLE password_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL CONSTRAINT fk_password_tokens_user REFERENCES users(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        created_by uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_password_tokens_token_hash ON password_tokens (token_hash)`,
    );
    await queryRunner.query(`CREATE INDEX idx_password_tokens_user ON password_tokens (user_id)`);

    await queryRunner.query(`CREATE INDEX idx_audit_events_actor_at ON audit_events (actor_id, at)`);
    await queryRunner.query(`CREATE INDEX idx_users_landlord ON users (landlord_id)`);
    await queryRunner.query(`CREATE INDEX idx_landlord_aliases_landlord ON landlord_aliases (landlord_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS idx_landlord_aliases_landlord`);
    await queryRunner.query(`DROP INDEX IF EXISTS idx_users_landlord`);
    await queryRunner.query(`DROP INDEX IF EXISTS idx_audit_events_actor_at`);
    await queryRunner.query(`DROP TABLE IF EXISTS password_tokens`);
    await queryRunner.query(`DROP TABLE IF EXISTS sessions`);
  }
}
