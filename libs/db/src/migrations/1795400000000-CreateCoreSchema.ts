import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoreSchema1795400000000 implements MigrationInterface {
  name = 'CreateCoreSchema1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE landlords (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        match_name text NOT NULL,
        type text NOT NULL CHECK (type IN ('local_authority','housing_association','almo','tmo','other')),
        registration_code text NULL CONSTRAINT uq_landlords_registration_code UNIQUE,
        region text NULL,
        homes_owned integer NULL CHECK (homes_owned IS NULL OR homes_owned >= 0),
        merged_into_id uuid NULL REFERENCES landlords(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_landlords_match_name ON landlords (match_name)`);

    await queryRunner.query(`
      CREATE TABLE landlord_aliases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        landlord_id uuid NOT NULL REFERENCES landlords(id) ON DELETE CASCADE,
        alias text NOT NULL,
        match_name text NOT NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_landlord_aliases_match_name ON landlord_aliases (match_name)`);

    await queryRunner.query(`
      CREATE TABLE code_versions (
        version text PRIMARY KEY,
        title text NOT NULL,
        sections jsonb NOT NULL,
        catalog_version text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE provisions (
        version text NOT NULL REFERENCES code_versions(version) ON DELETE CASCADE,
        number text NOT NULL,
        section integer NOT NULL,
        stage smallint NULL,
        obligation text NOT NULL CHECK (obligation IN ('must','should')),
        requirement text NOT NULL,
        short_title text NOT NULL,
        timescale jsonb NULL,
        ordinal integer NOT NULL,
        PRIMARY KEY (version, number)
      )`);
    await queryRunner.query(`
      CREATE TABLE crosswalk_entries (
        id serial PRIMARY KEY,
        from_version text NOT NULL,
        from_number text NOT NULL,
        to_version text NOT NULL,
        to_number text NULL,
        relation text NOT NULL,
        confidence text NOT NULL,
        trend text NOT NULL,
        note text NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_crosswalk_entries_from ON crosswalk_entries (from_number)`);
    await queryRunner.query(`CREATE INDEX idx_crosswalk_entries_to ON crosswalk_entries (to_number)`);

    await queryRunner.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        sha256 char(64) NOT NULL,
        media_type text NOT NULL,
        format text NOT NULL,
        size_bytes integer NOT NULL,
        original_name text NOT NULL,
        bytes bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_stored_files_sha256 ON stored_files (sha256)`);

    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NULL,
        role text NOT NULL CHECK (role IN ('admin','analyst','landlord')),
        landlord_id uuid NULL REFERENCES landlords(id) ON DELETE RESTRICT,
        disabled_at timestamptz NULL,
        failed_logins integer NOT NULL DEFAULT 0,
        locked_until timestamptz NULL,
        last_login_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_users_landlord_role CHECK ((role = 'landlord') = (landlord_id IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX uq_users_email ON users (email)`);

    await queryRunner.query(`
      CREATE TABLE submissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        landlord_id uuid NULL REFERENCES landlords(id) ON DELETE RESTRICT,
        assessment_year integer NULL,
        code_version text NULL,
        status text NOT NULL CHECK (status IN ('received','queued','parsing','parsed','needs_review','failed','accepted')),
        progress smallint NOT NULL DEFAULT 0,
        file_id uuid NOT NULL REFERENCES stored_files(id) ON DELETE RESTRICT,
        sha256 char(64) NOT NULL,
        uploaded_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        parser_version text NULL,
        parse_generation integer NOT NULL DEFAULT 0,
        detected_landlord_name text NULL,
        detected_year integer NULL,
        detected_date text NULL,
        error_code text NULL,
        error_message text NULL,
        warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
        counts jsonb NULL,
        superseded_by_id uuid NULL REFERENCES submissions(id) ON DELETE SET NULL,
        parsed_at timestamptz NULL,
        confirmed_at timestamptz NULL,
        confirmed_by uuid NULL REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idx_submissions_landlord_year ON submissions (landlord_id, assessment_year)`);
    await queryRunner.query(`CREATE INDEX idx_submissions_year_status ON submissions (assessment_year, status)`);
    await queryRunner.query(`CREATE INDEX idx_submissions_status_updated ON submissions (status, updated_at)`);
    await queryRunner.query(`CREATE INDEX idx_submissions_sha256 ON submissions (sha256)`);

    await queryRunner.query(`
      CREATE TABLE answers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        submission_id uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
        position integer NOT NULL,
        provision text NOT NULL,
        parsed_provision text NOT NULL,
        canonical_provisions text[] NOT NULL,
        canonical_links jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('yes','no','partial','na','missing','unknown')),
        parsed_status text NOT NULL CHECK (parsed_status IN ('yes','no','partial','na','missing','unknown')),
        status_raw text NULL,
        requirement text NULL,
        evidence text NULL,
        commentary text NULL,
        confidence real NOT NULL,
        flags jsonb NOT NULL DEFAULT '[]'::jsonb,
        source jsonb NOT NULL DEFAULT '{}'::jsonb,
        corrected_at timestamptz NULL,
        corrected_by uuid NULL REFERENCES users(id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX idx_answers_submission_position ON answers (submission_id, position)`);
    await queryRunner.query(`CREATE INDEX idx_answers_canonical_provisions ON answers USING gin (canonical_provisions)`);

    await queryRunner.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid NULL,
        actor_email text NULL,
        action text NOT NULL,
        entity_type text NULL,
        entity_id text NULL,
        before jsonb NULL,
        after jsonb NULL,
        ip text NULL,
        request_id text NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_audit_events_at ON audit_events (at)`);
    await queryRunner.query(`CREATE INDEX idx_audit_events_action_at ON audit_events (action, at)`);
    await queryRunner.query(`CREATE INDEX idx_audit_events_entity ON audit_events (entity_type, entity_id)`);

    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        id bigserial PRIMARY KEY,
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz NULL,
        attempts integer NOT NULL DEFAULT 0,
        last_error text NULL
      )`);
    await queryRunner.query(`CREATE INDEX idx_outbox_messages_pending ON outbox_messages (id) WHERE dispatched_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_messages',
      'audit_events',
      'answers',
      'submissions',
      'users',
      'stored_files',
      'crosswalk_entries',
      'provisions',
      'code_versions',
      'landlord_aliases',
      'landlords',
    ]) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
