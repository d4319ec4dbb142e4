import { type ActiveSession, SessionRepository } from '@app/db';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { newToken, sha256 } from './tokens';

/**
 * Cookie sessions held server-side. The cookie carries a random token (httpOnly, SameSite=Lax,
 * Secure and __Host- prefixed when PUBLIC_URL is https); the table keeps only its SHA-256 and the
 * session's CSRF token. Sessions end on logout, after SESSION_IDLE_MINUTES without use, and
 * SESSION_MAX_HOURS after sign-in.
 */
@Injectable()
export class SessionService {
  readonly secure: boolean;
  readonly cookieName: string;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly sessions: SessionRepository,
  ) {
    this.secure = new URL(config.PUBLIC_URL).protocol === 'https:';
    this.cookieName = this.secure ? '__Host-chc_session' : 'chc_session';
  }

  /** Starts a session and sets its cookie; returns the CSRF token the client must echo. */
  async start(
    userId: string,
    req: Request,
    res: Response,
  ): Promise<{ sessionId: string; csrfToken: string }> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_MAX_HOURS * 3_600_000);
    await this.sessions.deleteExpired(this.config.SESSION_IDLE_MINUTES);
    const sessionId = await this.sessions.create({
      userId,
      tokenHash: sha256(token),
      csrfToken,
      expiresAt,
      ip: req.ip ?? null,
      userAgent: req.get('user-agent')?.slice(0, 500) ?? null,
    });
    res.cookie(this.cookieName, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.secure,
      path: '/',
      expires: expiresAt,
    });
    return { sessionId, csrfToken };
  }

  /** The live session a request's cookie names, or null. Records the activity for the idle timeout. */
  async resolve(req: Request): Promise<ActiveSession | null> {
    const cookies = (req as Request & { cookies?: Record<string, unknown> }).cookies;
    const token = cookies?.[this.cookieName];
    if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
    const session = await this.sessions.findActive(sha256(token), this.config.SESSION_IDLE_MINUTES);
    if (session) await this.sessions.touch(session.id);
    return session;
  }

  async end(sessionId: string, res: Response): Promise<void> {
    await this.sessions.delete(sessionId);
    this.clearCookie(res);
  }

  /** Ends all of a user's sessions, or all but the caller's own. */
  async endAllFor(userId: string, exceptSessionId: string | null = null): Promise<void> {
    await this.sessions.deleteForUser(userId, exceptSessionId);
  }

  clearCookie(res: Response): void {
    res.clearCookie(this.cookieName, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' });
  }
}
