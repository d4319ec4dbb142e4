import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { BOARD_SCRIPT_PATH } from './board-accessibility';

// The board's page pulls its fonts from Google, which our Content-Security-Policy refuses (and which would tell
// a third party whenever an admin looks at the queues): the link is taken out, the board falls back to system fonts.
const EXTERNAL_FONTS = /<link[^>]+fonts\.googleapis\.com[^>]*>/g;
const BODY_OPEN = /<body[^>]*>/;

/**
 * A link back to the dashboard that is always in view: the board's own "misc links" sit in a menu behind the
 * user icon. It is the first thing in the page, so it is also the first stop for the keyboard, and it sits at
 * the foot of the queue list, above the board's version, where nothing else is drawn. Styles are inline (allowed
 * by our CSP).
 */
export const BACK_LINK_HTML =
  '<nav aria-label="Dashboard" class="chc-back"><a href="/">Back to the dashboard</a></nav>' +
  '<style>' +
  '.chc-back{position:fixed;left:1rem;bottom:2.75rem;z-index:100}' +
  '.chc-back a{background:#fff;color:#1d70b8;border:1px solid #505a5f;border-radius:4px;padding:.375rem .75rem;font:600 1rem/1.25 system-ui,sans-serif;text-decoration:underline;text-underline-offset:.15em}' +
  '.chc-back a:hover{color:#003078}' +
  '.chc-back a:focus{outline:3px solid transparent;background:#fd0;color:#0b0c0c;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}' +
  // The queue filter's shortcut hint is drawn too faint to read (axe: color-contrast).
  'kbd[class^="searchShortcut"]{color:#383f43!important;background:#f3f2f1!important}' +
  // ...and so is the name of the selected queue in the list.
  '[class*="active-"]>[class*="queueName-"]{color:#0b0c0c!important}' +
  '</style>' +
  // Names the board's icon buttons (board-accessibility.ts); relative to the page's <base href>.
  `<script defer src="${BOARD_SCRIPT_PATH}"></script>`;

/**
 * Rewrites the queue board's HTML page: no external font stylesheet (so no CSP error), a visible way back, and
 * our script that names its icon buttons.
 */
export function boardPage(): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) =>
      send(typeof body === 'string' ? body.replace(EXTERNAL_FONTS, '').replace(BODY_OPEN, (open) => `${open}${BACK_LINK_HTML}`) : body);
    next();
  };
}
