import { AsyncLocalStorage } from 'node:async_hooks';
import type { SessionUser } from '@app/contracts';
import type { NextFunction, Request, Response } from 'express';

export interface RequestContextValues {
  requestId: string | null;
  ip: string | null;
  /** Filled in by the access guard once the session is known. */
  user: SessionUser | null;
}

const storage = new AsyncLocalStorage<RequestContextValues>();

/**
 * Who is calling and from where, for the request being handled, without passing the request down
 * through services (the audit log reads it). Empty outside a request (seed, tests calling services).
 */
export class RequestContext {
  static middleware() {
    return (req: Request & { id?: unknown }, _res: Response, next: NextFunction): void => {
      const values: RequestContextValues = {
        requestId: typeof req.id === 'string' ? req.id : null,
        ip: req.ip ?? null,
        user: null,
      };
      storage.run(values, next);
    };
  }

  static current(): RequestContextValues | undefined {
    return storage.getStore();
  }

  static setUser(user: SessionUser): void {
    const values = storage.getStore();
    if (values) values.user = user;
  }
}
