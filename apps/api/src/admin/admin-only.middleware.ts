import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { SessionService } from '../auth/session.service';

/**
 * Lets a request through only with a live session of an admin: the same session lookup as the API's guard.
 * Browsers (Accept: text/html) without a session are sent to the sign-in page; others get the usual JSON error.
 */
export function adminOnly(sessions: SessionService): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    sessions
      .resolve(req)
      .then((session) => {
        if (!session) {
          if (req.accepts(['json', 'html']) === 'html') {
            res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
            return;
          }
          res.status(401).json({ statusCode: 401, code: 'unauthenticated', message: 'Sign in as an administrator to see the queues.' });
          return;
        }
        if (session.user.role !== 'admin') {
          res.status(403).json({
            statusCode: 403,
            code: 'forbidden',
            message: 'Only administrators can see the queues. Ask an administrator if you need access.',
          });
          return;
        }
        next();
      })
      .catch(next);
  };
}
