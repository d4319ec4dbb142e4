import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { API_CONFIG, type ApiConfig } from '../config/api-config';
import { authError, AuthErrorCode } from './auth.errors';
import type { AuthenticatedRequest } from './authenticated-request';
import { RATE_LIMIT_KEY, type RateLimitPolicy } from './rate-limit.decorator';
import { RateLimiter } from './rate-limiter.service';

/** Applies `@LoginThrottle()` / `@UploadThrottle()`; runs after the access guard, so uploads count per user. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) return true;
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const { limit, windowMs, who } = this.settings(policy, req);
    const result = await this.limiter.hit(`${policy}:${who}`, limit, windowMs);
    if (result.allowed) return true;
    context
      .switchToHttp()
      .getResponse<{ setHeader(name: string, value: string): void }>()
      .setHeader('Retry-After', String(result.retryAfterSeconds));
    throw authError(
      AuthErrorCode.TooManyRequests,
      policy === 'login'
        ? `Too many sign-in attempts from this address. Wait ${result.retryAfterSeconds} seconds and try again.`
        : `Too many uploads in the last hour. Wait ${Math.ceil(result.retryAfterSeconds / 60)} minutes and try again.`,
    );
  }

  private settings(
    policy: RateLimitPolicy,
    req: AuthenticatedRequest,
  ): { limit: number; windowMs: number; who: string } {
    switch (policy) {
      case 'login':
        return { limit: this.config.LOGIN_RATE_LIMIT, windowMs: 60_000, who: req.ip ?? 'unknown' };
      case 'upload':
        return {
          limit: this.config.UPLOAD_RATE_LIMIT,
          windowMs: 3_600_000,
          who: req.user?.id ?? req.ip ?? 'unknown',
        };
    }
  }
}
