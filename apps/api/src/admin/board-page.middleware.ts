import type { NextFunction, Request, RequestHandler, Response } from 'express';

// The board's page pulls its fonts from Google, which our Content-Security-Policy refuses (and which would tell
// a third party whenever an admin looks at the queues): the link is taken out, the board falls back to system fonts.
const EXTERNAL_FONTS = /<link[^>]+fonts\.googleapis\.com[^>]*>/g;

/** Serves the queue board's HTML page without its external font stylesheet, so it loads with no CSP error. */
export function boardPageWithoutExternalFonts(): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => send(typeof body === 'string' ? body.replace(EXTERNAL_FONTS, '') : body);
    next();
  };
}
