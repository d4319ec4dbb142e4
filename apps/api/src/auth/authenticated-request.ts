import type { SessionUser } from '@app/contracts';
import type { Request } from 'express';

/** A request after the access guard: `user` and `sessionId` are set when a valid session cookie came with it. */
export interface AuthenticatedRequest extends Request {
  user?: SessionUser;
  sessionId?: string;
  /** The session's CSRF token, returned by GET /api/auth/me. */
  csrfToken?: string;
}
