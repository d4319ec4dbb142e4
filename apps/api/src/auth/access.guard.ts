import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ActiveSession } from '@app/db';
import { RequestContext } from '../common/request-context';
import { ACCESS_KEY, type AccessRule } from './access.decorator';
import { authError, AuthErrorCode, unauthenticated } from './auth.errors';
import type { AuthenticatedRequest } from './authenticated-request';
import { SessionService } from './session.service';
import { sameSecret } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The global guard: resolves the session cookie, then applies the route's declared rule.
 * 401 when a protected route is called without a live session, 403 for a role the rule does not
 * list, 403 `csrf_token_invalid` when a state-changing request from a session lacks the session's
 * CSRF token in x-csrf-token. Public routes see the caller's session (`@CurrentUser()`, `req.user`)
 * on reads, and on writes only with the CSRF token. A route with no rule is refused with 500 (and the
 * API does not start with one; see RouteAccessRegistry).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) {
      throw authError(
        AuthErrorCode.AccessRuleMissing,
        `${context.getClass().name}.${context.getHandler().name} declares no access rule.`,
      );
    }
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const session = await this.sessions.resolve(req);
    const safe = SAFE_METHODS.has(req.method);
    const csrfValid = (token: string) => {
      const sent = req.get(CSRF_HEADER);
      return !!sent && sameSecret(sent, token);
    };
    if (rule === 'anonymous') {
      // A public route sees the caller's session only if it cannot be a forged cross-site write.
      if (session && (safe || csrfValid(session.csrfToken))) this.attach(req, session);
      return true;
    }
    if (!session)
      throw unauthenticated();
    if (!rule.includes(session.user.role)) {
      throw authError(AuthErrorCode.Forbidden, 'Your account cannot do this. If you need to, ask an administrator to change your role.');
    }
    if (!safe && !csrfValid(session.csrfToken)) {
      throw authError(
        AuthErrorCode.CsrfTokenInvalid,
        "The request did not carry this session's security token (x-csrf-token). Reload the page and try again.",
      );
    }
    this.attach(req, session);
    return true;
  }

  private attach(req: AuthenticatedRequest, session: ActiveSession): void {
    req.user = session.user;
    req.sessionId = session.id;
    req.csrfToken = session.csrfToken;
    RequestContext.setUser(session.user);
  }
}
