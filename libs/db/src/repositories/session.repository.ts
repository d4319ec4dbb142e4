import { USER_ROLES, type SessionUser } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { selectOne, selectRows } from './sql';

const activeSessionRowSchema = z.object({
  id: z.string(),
  csrfToken: z.string(),
  expiresAt: z.date(),
  lastSeenAt: z.date(),
  userId: z.string(),
  email: z.string(),
  role: z.enum(USER_ROLES),
  landlordId: z.string().nullable(),
  landlordName: z.string().nullable(),
});

export interface NewSession {
  userId: string;
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface ActiveSession {
  id: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  user: SessionUser;
}

/** Server-side sessions, found by the SHA-256 of the cookie token. */
@Injectable()
export class SessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(session: NewSession): Promise<string> {
    const { id } = await selectOne(
      this.dataSource.manager,
      `INSERT INTO sessions (user_id, token_hash, csrf_token, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now(), $4, $5, $6) RETURNING id`,
      [
        session.userId,
        session.tokenHash,
        session.csrfToken,
        session.expiresAt,
        session.ip,
        session.userAgent,
      ],
      z.object({ id: z.string() }),
    );
    return id;
  }

  /** The session and its user, unless expired, idle longer than `idleMinutes`, or the user is disabled. */
  async findActive(tokenHash: string, idleMinutes: number): Promise<ActiveSession | null> {
    const [row] = await selectRows(
      this.dataSource.manager,
      `SELECT s.id, s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt", s.last_seen_at AS "lastSeenAt",
              u.id AS "userId", u.email, u.role, u.landlord_id AS "landlordId", l.name AS "landlordName"
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN landlords l ON l.id = u.landlord_id
        WHERE s.token_hash = $1
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.disabled_at IS NULL`,
      [tokenHash, idleMinutes],
      activeSessionRowSchema,
    );
    if (!row) return null;
    const { userId, email, role, landlordId, landlordName, ...session } = row;
    return { ...session, user: { id: userId, email, role, landlordId, landlordName } };
  }

  /** Records activity, at most once a minute per session so reads do not each cost a write. */
  async touch(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE sessions SET last_seen_at = now() WHERE id = $1 AND last_seen_at < now() - interval '1 minute'`,
      [id],
    );
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sessions WHERE id = $1`, [id]);
  }

  /** Ends every session of a user, or every one but `exceptId` (the caller's own). */
  async deleteForUser(
    userId: string,
    exceptId: string | null = null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.query(`DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`, [
      userId,
      exceptId,
    ]);
  }

  async deleteExpired(idleMinutes: number): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [idleMinutes],
    );
  }
}
