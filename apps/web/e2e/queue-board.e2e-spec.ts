import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser tests run the whole system; only they use the shared test helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { waitFor } from '@app/testing';
import { ApiSession } from './support/api-session';
import { type Stack, startStack } from './support/api-stack';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { corpusBytes } from './support/corpus';

const PASSWORD = 'correct horse battery staple';
const admin = { email: 'admin@example.test', password: PASSWORD };
const analyst = { email: 'board.analyst@example.test', password: PASSWORD };

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack(admin);
  const api = await ApiSession.signIn(stack.baseUrl, admin.email, admin.password);
  await api.request('POST', '/users', { ...analyst, role: 'analyst' });
  // One parsed document, so the board has a job to show.
  const { id } = await api.upload<{ id: string }>('000_d005444fd84a3908.txt', corpusBytes('000_d005444fd84a3908.txt'));
  await waitFor(async () => ['parsed', 'needs_review'].includes((await api.request<{ status: string }>('GET', `/submissions/${id}`)).status), {
    timeoutMs: 120_000,
    intervalMs: 500,
    what: 'the document to be parsed',
  });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Console errors and CSP violations the page reports, collected from the first request on. */
function watchProblems(page: Page): { console: string[]; csp: string[] } {
  const problems = { console: [] as string[], csp: [] as string[] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    problems.console.push(message.text());
    if (/content security policy/i.test(message.text())) problems.csp.push(message.text());
  });
  page.on('pageerror', (error) => problems.console.push(error.message));
  return problems;
}

/** Opens `path` signed out, is sent to sign in, and signs in there, as someone following a bookmark would. */
async function signInVia(context: BrowserContext, path: string, who: { email: string; password: string }): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}${path}`);
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === path);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

describe('the queue board at /admin/queues', () => {
  it('takes an admin from sign-in straight to the board, which loads without CSP errors, passes axe and links back', async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.close();
      const board = await signInVia(context, '/admin/queues', admin);
      const boardProblems = watchProblems(board);
      await board.waitForURL((url) => url.pathname.startsWith('/admin/queues'));
      await board.getByRole('link', { name: /submission-parse/i }).first().waitFor({ timeout: 20_000 });
      expect(await board.title()).toContain('CHC queues');


      const back = board.getByRole('link', { name: 'Back to the dashboard' });
      await back.waitFor();
      expect(await back.isVisible()).toBe(true);
      expect(await back.getAttribute('href')).toBe('/');

      await screenshot(board, 'queue-board');
      expect(await seriousViolations(board)).toEqual([]);
      expect([...problems.csp, ...boardProblems.csp]).toEqual([]);
      expect(boardProblems.console).toEqual([]);

      // A queue's own page too: its job list, filters and menus.
      await board.getByRole('link', { name: /submission-parse/i }).first().click();
      await board.waitForURL(/\/admin\/queues\/queue\/submission-parse/);
      await board.getByText(/^\s*completed\s*$/i).first().waitFor({ timeout: 20_000 });
      await board.getByText(/parse-submission/).first().waitFor({ timeout: 20_000 });
      await screenshot(board, 'queue-board-queue');
      expect(await seriousViolations(board)).toEqual([]);
      expect([...problems.csp, ...boardProblems.csp]).toEqual([]);

      await back.click();
      await board.waitForURL((url) => !url.pathname.startsWith('/admin/queues'));
      await board.getByRole('heading', { level: 1 }).first().waitFor();
      expect(new URL(board.url()).pathname).toBe('/overview');
    } finally {
      await context.close();
    }
  });

  it('refuses an analyst, signed in or not', async () => {
    const context = await browser.newContext();
    try {
      const page = await signInVia(context, '/admin/queues', analyst);
      await page.waitForURL((url) => url.pathname.startsWith('/admin/queues'));
      const response = await page.goto(`${stack.baseUrl}/admin/queues`);
      expect(response?.status()).toBe(403);
      expect(await page.textContent('body')).toContain('Only administrators can see the queues');
      const api = await context.request.get(`${stack.baseUrl}/admin/queues/api/queues`);
      expect(api.status()).toBe(403);
    } finally {
      await context.close();
    }
    const anonymous = await fetch(`${stack.baseUrl}/admin/queues/api/queues`, { headers: { accept: 'application/json' } });
    expect(anonymous.status).toBe(401);
  });
});
