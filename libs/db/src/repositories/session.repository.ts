import type { SessionUser } from '@app/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

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
    const [row]: { id: string }[] = await this.dataSource.query(
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
    );
    return row!.id;
  }

  /** The session and its user, unless expired, idle longer than `idleMinutes`, or the user is disabled. */
  async findActive(tokenHash: string, idleMinutes: number): Promise<ActiveSession | null> {
    const rows: {
      id: string;
      csrfToken: string;
      expiresAt: Date;
      lastSeenAt: Date;
      userId: string;
      email: string;
      role: SessionUser['role'];
      landlordId: string | null;
      landlordName: string | null;
    }[] = await this.dataSource.query(
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
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      csrfToken: row.csrfToken,
      expiresAt: row.expiresAt,
      lastSeenAt: row.lastSeenAt,
      user: {
        id: row.userId,
        email: row.email,
        role: row.role,
        landlordId: row.landlordId,
        landlordName: row.landlordName,
      },
    };
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
