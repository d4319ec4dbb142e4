import type { ActiveSession } from '@app/db';
import {
  ForbiddenException,
  InternalServerErrorException,
  UnauthorizedException,
  type ExecutionContext,
} from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { describe, expect, it } from 'vitest';
import type { AccessRule } from './access.decorator';
import { AccessGuard } from './access.guard';
import type { AuthenticatedRequest } from './authenticated-request';
import type { SessionService } from './session.service';

const SESSION: ActiveSession = {
  id: 's1',
  csrfToken: 'csrf-token-of-the-session',
  expiresAt: new Date(),
  lastSeenAt: new Date(),
  user: { id: 'u1', email: 'a@example.org', role: 'analyst', landlordId: null, landlordName: null },
};

function run(
  rule: AccessRule | undefined,
  options: { method?: string; session?: boolean; csrf?: string } = {},
) {
  const headers: Record<string, string | undefined> = { 'x-csrf-token': options.csrf };
  const req = {
    method: options.method ?? 'GET',
    get: (name: string) => headers[name.toLowerCase()],
  } as unknown as AuthenticatedRequest;
  const reflector = { getAllAndOverride: () => rule } as unknown as Reflector;
  const sessions = { resolve: async () => (options.session ? SESSION : null) } as unknown as SessionService;
  const context = {
    getType: () => 'http',
    getHandler: () => function handler() {},
    getClass: () => class SomeController {},
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
  return { result: new AccessGuard(reflector, sessions).canActivate(context), req };
}

describe('AccessGuard', () => {
  it('refuses a route without a rule', async () => {
    await expect(run(undefined).result).rejects.toThrow(InternalServerErrorException);
  });

  it('answers 401 without a session and 403 for a role the rule leaves out', async () => {
    await expect(run(['analyst']).result).rejects.toThrow(UnauthorizedException);
    await expect(run(['admin'], { session: true }).result).rejects.toThrow(ForbiddenException);
    const allowed = run(['analyst', 'admin'], { session: true });
    await expect(allowed.result).resolves.toBe(true);
    expect(allowed.req.user).toEqual(SESSION.user);
  });

  it('requires the session CSRF token on writes', async () => {
    await expect(run(['analyst'], { session: true, method: 'POST' }).result).rejects.toThrow(
      /security token/,
    );
    await expect(run(['analyst'], { session: true, method: 'DELETE', csrf: 'wrong' }).result).rejects.toThrow(
      ForbiddenException,
    );
    await expect(
      run(['analyst'], { session: true, method: 'PATCH', csrf: SESSION.csrfToken }).result,
    ).resolves.toBe(true);
  });

  it('lets anyone call a public route, showing it the session on reads and on writes with the token only', async () => {
    const anonymous = run('anonymous', { method: 'POST' });
    await expect(anonymous.result).resolves.toBe(true);
    const read = run('anonymous', { session: true });
    await read.result;
    expect(read.req.user).toEqual(SESSION.user);
    const forged = run('anonymous', { session: true, method: 'POST' });
    await expect(forged.result).resolves.toBe(true);
    expect(forged.req.user).toBeUndefined();
    const write = run('anonymous', { session: true, method: 'POST', csrf: SESSION.csrfToken });
    await write.result;
    expect(write.req.sessionId).toBe('s1');
  });
});
