import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { selectRows } from './sql';

export interface NewPasswordToken {
  userId: string;
  tokenHash: string;
  expiresAt: Date;
  createdBy: string | null;
}

/** One-time set-password links, stored as the SHA-256 of their token. */
@Injectable()
export class PasswordTokenRepository {
  constructor(private readonly dataSource: DataSource) {}

  async create(token: NewPasswordToken): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO password_tokens (user_id, token_hash, expires_at, created_by) VALUES ($1, $2, $3, $4)`,
      [token.userId, token.tokenHash, token.expiresAt, token.createdBy],
    );
  }

  /**
   * Uses a token, in one transaction: sets the password, clears any lockout, spends every outstanding
   * link of the user and ends their sessions. Null when the token is unknown, used, expired, or the
   * account is disabled.
   */
  async redeem(tokenHash: string, passwordHash: string): Promise<{ userId: string; email: string } | null> {
    return this.dataSource.transaction(async (manager) => {
      const [found] = await selectRows(
        manager,
        `SELECT t.user_id AS "userId", u.email
           FROM password_tokens t JOIN users u ON u.id = t.user_id
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL
            FOR UPDATE OF t`,
        [tokenHash],
        z.object({ userId: z.string(), email: z.string() }),
      );
      if (!found) return null;
      await manager.query(
        `UPDATE password_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
        [found.userId],
      );
      await manager.query(
        `UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = now() WHERE id = $1`,
        [found.userId, passwordHash],
      );
      await manager.query(`DELETE FROM sessions WHERE user_id = $1`, [found.userId]);
      return found;
    });
  }
}
