import { Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { RateLimitGuard } from './rate-limit.guard';
import { RateLimiter } from './rate-limiter.service';
import { RouteAccessRegistry } from './route-access.registry';
import { SessionService } from './session.service';

/**
 * Sessions, sign-in and the global guards (access rules, then rate limits). Global so features can
 * inject SessionService or PasswordHasher; route rules are declared with @Access/@Public.
 */
@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordHasher,
    SessionService,
    RateLimiter,
    RouteAccessRegistry,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [PasswordHasher, SessionService, RouteAccessRegistry],
})
export class AuthModule {}
