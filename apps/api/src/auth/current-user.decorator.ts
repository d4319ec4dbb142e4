import type { SessionUser } from '@app/contracts';
import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { unauthenticated } from './auth.errors';
import type { AuthenticatedRequest } from './authenticated-request';

/** The signed-in user (`SessionUser`) of a route declared with `@Access([...])`. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): SessionUser => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw unauthenticated();
  return user;
});
