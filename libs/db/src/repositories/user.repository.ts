import { USER_ROLES, type UserRole } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectOne, selectRows } from './sql';

const userRecordSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(USER_ROLES),
  landlordId: z.string().nullable(),
  landlordName: z.string().nullable(),
  disabledAt: z.date().nullable(),
  failedLogins: z.number(),
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
  hasPassword: z.boolean(),
});

/** A user as the API needs it; never carries the password hash. */
export type UserRecord = z.output<typeof userRecordSchema>;

const credentialsSchema = userRecordSchema.extend({ passwordHash: z.string().nullable() });

export interface NewUser {
  email: string;
  role: UserRole;
  landlordId: string | null;
  passwordHash: string | null;
}

export interface UserChanges {
  role?: UserRole;
  landlordId?: string | null;
  disabled?: boolean;
}

export interface UserFilter {
  role?: UserRole;
  landlordId?: string;
}

const SELECT_USER = `
  SELECT u.id, u.email, u.role, u.landlord_id AS "landlordId", l.name AS "landlordName",
         u.disabled_at AS "disabledAt", u.failed_logins AS "failedLogins", u.locked_until AS "lockedUntil",
         u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt", (u.password_hash IS NOT NULL) AS "hasPassword"
    FROM users u LEFT JOIN landlords l ON l.id = u.landlord_id`;

/** Accounts: look-ups, creation, role and status changes, sign-in bookkeeping (failed logins, lockout). */
@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserRecord | null> {
    const [row] = await selectRows(manager, `${SELECT_USER} WHERE u.id = $1`, [id], userRecordSchema);
    return row ?? null;
  }

  async findByEmail(email: string): Promise<UserRecord | null> {
    const [row] = await selectRows(this.dataSource.manager, `${SELECT_USER} WHERE u.email = $1`, [email.toLowerCase()], userRecordSchema);
    return row ?? null;
  }

  /** The user and their password hash, for signing in and changing a password only. */
  async findCredentials(
    by: { email: string } | { id: string },
  ): Promise<{ user: UserRecord; passwordHash: string | null } | null> {
    const [column, value] = 'email' in by ? ['u.email', by.email.toLowerCase()] : ['u.id', by.id];
    const [row] = await selectRows(
      this.dataSource.manager,
      `${SELECT_USER.replace('SELECT ', 'SELECT u.password_hash AS "passwordHash", ')} WHERE ${column} = $1`,
      [value],
      credentialsSchema,
    );
    if (!row) return null;
    const { passwordHash, ...user } = row;
    return { user, passwordHash };
  }

  async list(filter: UserFilter = {}): Promise<UserRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.role) where.push(`u.role = $${params.push(filter.role)}`);
    if (filter.landlordId) where.push(`u.landlord_id = $${params.push(filter.landlordId)}`);
    return selectRows(
      this.dataSource.manager,
      `${SELECT_USER} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY u.email`,
      params,
      userRecordSchema,
    );
  }

  async create(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserRecord> {
    const { id } = await selectOne(
      manager,
      `INSERT INTO users (email, role, landlord_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.email.toLowerCase(), user.role, user.landlordId, user.passwordHash],
      z.object({ id: z.string() }),
    );
    const created = await this.findById(id, manager);
    if (!created) throw new Error(`user ${id} vanished inside its own transaction`);
    return created;
  }

  /** Applies role/landlord/disabled changes; enabling also clears any lockout. Null when there is no such user. */
  async update(id: string, changes: UserChanges): Promise<UserRecord | null> {
    const sets: string[] = [];
    const params: unknown[] = [id];
    if (changes.role !== undefined) sets.push(`role = $${params.push(changes.role)}`);
    if (changes.landlordId !== undefined) sets.push(`landlord_id = $${params.push(changes.landlordId)}`);
    if (changes.disabled === true) sets.push('disabled_at = COALESCE(disabled_at, now())');
    if (changes.disabled === false)
      sets.push('disabled_at = NULL', 'failed_logins = 0', 'locked_until = NULL');
    if (sets.length) {
      await this.dataSource.query(
        `UPDATE users SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`,
        params,
      );
    }
    return this.findById(id);
  }

  async setPasswordHash(
    id: string,
    passwordHash: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /**
   * Counts a failed sign-in. The `maxFailures`-th failure in a row locks the account for `lockMinutes`
   * and starts the count again. Atomic, so parallel attempts cannot slip past the limit.
   */
  async recordFailedLogin(
    id: string,
    maxFailures: number,
    lockMinutes: number,
  ): Promise<{ locked: boolean; lockedUntil: Date | null }> {
    const [row] = await selectRows(
      this.dataSource.manager,
      `UPDATE users
            SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1
      RETURNING (locked_until > now()) AS locked, locked_until AS "lockedUntil"`,
      [id, maxFailures, lockMinutes],
      z.object({ locked: z.boolean().nullable(), lockedUntil: z.date().nullable() }),
    );
    return { locked: row?.locked ?? false, lockedUntil: row?.lockedUntil ?? null };
  }

  async recordLogin(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
      [id],
    );
  }

  async countActiveAdmins(): Promise<number> {
    const row = await selectOne(
      this.dataSource.manager,
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL`,
      [],
      z.object({ n: z.number() }),
    );
    return row.n;
  }
}
