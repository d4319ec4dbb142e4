import type { AuditAction, LoginResponse, SessionUser } from '@app/contracts';
import { PasswordTokenRepository, type UserRecord, UserRepository } from '@app/db';
import { type HttpException, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { authError, AuthErrorCode, wrongCredentials } from './auth.errors';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { sha256 } from './tokens';

export function toSessionUser(user: UserRecord): SessionUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    landlordId: user.landlordId,
    landlordName: user.landlordName,
  };
}

/** Sign-in (with per-account lockout), sign-out, password change and one-time set-password links. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly users: UserRepository,
    private readonly passwordTokens: PasswordTokenRepository,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
  ) {}

  async login(
    email: string,
    password: string,
    req: Request & { sessionId?: string },
    res: Response,
  ): Promise<LoginResponse> {
    const attempted = { id: null, email: email.toLowerCase() };
    const found = await this.users.findCredentials({ email });
    if (!found) {
      await this.hasher.burnTime(password);
      await this.audit.record({
        action: 'auth.login_failed',
        actor: attempted,
        after: { reason: 'unknown_email' },
      });
      throw wrongCredentials();
    }
    const { user, passwordHash } = found;
    const actor = { id: user.id, email: user.email };
    const recordOnUser = (action: AuditAction, after: Record<string, unknown>) =>
      this.audit.record({ action, actor, entityType: 'user', entityId: user.id, after });
    if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
      await recordOnUser('auth.login_failed', { reason: 'locked' });
      throw this.locked(new Date(user.lockedUntil));
    }
    const valid = passwordHash
      ? await this.hasher.verify(passwordHash, password)
      : (await this.hasher.burnTime(password), false);
    if (!valid) {
      const outcome = await this.users.recordFailedLogin(
        user.id,
        this.config.LOGIN_MAX_FAILURES,
        this.config.LOGIN_LOCK_MINUTES,
      );
      await recordOnUser('auth.login_failed', { reason: 'wrong_password' });
      if (outcome.locked && outcome.lockedUntil) {
        await recordOnUser('auth.account_locked', {
          lockedUntil: new Date(outcome.lockedUntil).toISOString(),
        });
        throw this.locked(new Date(outcome.lockedUntil));
      }
      throw wrongCredentials();
    }
    if (user.disabledAt) {
      await recordOnUser('auth.login_failed', { reason: 'disabled' });
      throw authError(AuthErrorCode.AccountDisabled, 'This account is disabled. Ask an administrator if you need access.');
    }
    if (passwordHash && this.hasher.needsRehash(passwordHash)) {
      await this.users.setPasswordHash(user.id, await this.hasher.hash(password));
    }
    await this.users.recordLogin(user.id);
    if (req.sessionId) await this.sessions.end(req.sessionId, res);
    const { sessionId, csrfToken } = await this.sessions.start(user.id, req, res);
    await recordOnUser('auth.login', { sessionId });
    return { user: toSessionUser(user), csrfToken };
  }

  async logout(user: SessionUser, sessionId: string, res: Response): Promise<void> {
    await this.sessions.end(sessionId, res);
    await this.audit.record({ action: 'auth.logout', actor: user, entityType: 'user', entityId: user.id });
  }

  /** Checks the current password, sets the new one and ends the user's other sessions. */
  async changePassword(
    user: SessionUser,
    sessionId: string,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const found = await this.users.findCredentials({ id: user.id });
    const valid = found?.passwordHash ? await this.hasher.verify(found.passwordHash, currentPassword) : false;
    if (!valid) {
      await this.users.recordFailedLogin(
        user.id,
        this.config.LOGIN_MAX_FAILURES,
        this.config.LOGIN_LOCK_MINUTES,
      );
      throw authError(AuthErrorCode.CurrentPasswordWrong, 'Your current password is wrong. Enter it again.');
    }
    if (currentPassword === newPassword) {
      throw authError(AuthErrorCode.PasswordUnchanged, 'Choose a new password that differs from the current one.');
    }
    await this.users.setPasswordHash(user.id, await this.hasher.hash(newPassword));
    await this.sessions.endAllFor(user.id, sessionId);
    await this.audit.record({
      action: 'auth.password_change',
      entityType: 'user',
      entityId: user.id,
      after: { otherSessionsEnded: true },
    });
  }

  /** Redeems a one-time set-password link. */
  async setPassword(token: string, password: string): Promise<void> {
    const redeemed = await this.passwordTokens.redeem(sha256(token), await this.hasher.hash(password));
    if (!redeemed) {
      throw authError(
        AuthErrorCode.SetPasswordLinkInvalid,
        'This set-password link has expired or has already been used. Ask an administrator for a new one.',
      );
    }
    await this.audit.record({
      action: 'auth.password_set',
      actor: { id: redeemed.userId, email: redeemed.email },
      entityType: 'user',
      entityId: redeemed.userId,
    });
  }

  private locked(until: Date): HttpException {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return authError(
      AuthErrorCode.AccountLocked,
      `This account is locked after too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to unlock it.`,
      { lockedUntil: until.toISOString() },
    );
  }
}
