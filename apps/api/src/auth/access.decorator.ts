import type { UserRole } from '@app/contracts';
import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';

export const ACCESS_KEY = 'chc:access';

/**
 * Who may call a route, declared beside it. Every route must declare one; the API refuses to start
 * while a route has none (see RouteAccessRegistry). 'anonymous' means no sign-in needed. Landlord
 * users are further limited to their own organisation's data by the services (another landlord's
 * data answers 404; see landlord-scope.ts).
 */
export type AccessRule = 'anonymous' | UserRole[];

/** Signed-in users with one of these roles may call the route (and must send x-csrf-token when it changes state). */
export const Access = (rule: AccessRule) => {
  const decorators = [SetMetadata(ACCESS_KEY, rule), ApiExtension('x-access', rule)];
  if (rule !== 'anonymous') {
    decorators.push(
      ApiCookieAuth(),
      ApiUnauthorizedResponse({ description: 'Not signed in, or the session has ended.' }),
      ApiForbiddenResponse({
        description: `Allowed for ${rule.join(', ') || 'nobody'}. Also refused when a state-changing request lacks the x-csrf-token header.`,
      }),
    );
  }
  return applyDecorators(...decorators);
};

/** Anyone may call the route, signed in or not. */
export const Public = () => Access('anonymous');
