import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  CheckListResponse,
  LandlordDto,
  SearchResponse,
  SubmissionDetailDto,
  UploadAccepted,
} from '@app/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The browser tests run the whole system; only they use the shared test helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { waitFor } from '@app/testing';
import { ApiSession } from './support/api-session';
import { type Stack, startStack } from './support/api-stack';
import { accessibilityProblems, launchBrowser, screenshot } from './support/browser';
import { CORPUS_DOCUMENTS, corpusBytes } from './support/corpus';

const PASSWORD = 'correct horse battery staple';
const admin = { email: 'admin@example.test', password: PASSWORD };
const analyst = { email: 'search.analyst@example.test', password: PASSWORD };

let stack: Stack;
let browser: Browser;
let api: ApiSession;

async function uploadCorpus(): Promise<void> {
  const landlords = await api.request<LandlordDto[]>('GET', '/landlords');
  const ids: string[] = [];
  for (const document of CORPUS_DOCUMENTS) {
    const landlord = landlords.find((item) => item.name.startsWith(document.landlord));
    if (!landlord) throw new Error(`the seed did not add ${document.landlord}`);
    const accepted = await api.upload<UploadAccepted>(document.file, corpusBytes(document.file), {
      landlordId: landlord.id,
    });
    ids.push(accepted.id);
  }
  await waitFor(
    async () => {
      const list = await api.request<{ items: { id: string; status: string }[] }>(
        'GET',
        '/submissions?pageSize=100',
      );
      return ids.every((id) =>
        list.items.some(
          (item) => item.id === id && ['parsed', 'needs_review', 'accepted', 'failed'].includes(item.status),
        ),
      );
    },
    { timeoutMs: 450_000, intervalMs: 500, what: 'the corpus documents to be read' },
  );
}

async function signIn(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}${path}`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('Email address').fill(analyst.email);
  await page.getByLabel('Password').fill(analyst.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

beforeAll(async () => {
  stack = await startStack(admin);
  api = await ApiSession.signIn(stack.baseUrl, admin.email, admin.password);
  await api.request('POST', '/users', { ...analyst, role: 'analyst' });
  await uploadCorpus();
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('search and the check queue', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
    page = await signIn(context, '/overview');
  });
  afterAll(async () => context?.close());

  it('searches from the header, narrows to 6.3 answers, and opens a hit in its document', async () => {
    await page.getByLabel('Search answers').fill('extension');
    await page.getByLabel('Search answers').press('Enter');
    await page.waitForURL(/\/search\?q=extension/);
    await page.getByTestId('search-result').first().waitFor();
    await page.locator('#provision').selectOption('6.3');
    await page.waitForURL(/provision=6\.3/);
    const expected = await api.request<SearchResponse>('GET', '/search?q=extension&provision=6.3');
    expect(expected.total).toBeGreaterThan(0);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="search-result"]').length === n,
      Math.min(expected.total, 20),
    );
    const first = page.getByTestId('search-result').first();
    expect(await first.locator('mark').first().textContent()).toMatch(/extension/i);
    // The marks are the only markup: no tag from the landlord's text is ever rendered.
    expect(await page.getByTestId('search-results').locator('script, b, p p').count()).toBe(0);
    const problems = await accessibilityProblems(page);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
    await screenshot(page, '40-search');

    const hit = expected.items[0]!;
    await page.reload();
    await page.getByTestId('search-result').first().getByRole('link').click();
    await page.waitForURL(new RegExp(`/submissions/${hit.submissionId}\\?answer=${hit.answerId}`));
    await page.locator(`tr#answer-${hit.answerId}.app-answers__row--selected`).waitFor();
    await screenshot(page, '41-search-hit-in-document');
  });

  it('dismisses one flag with a reason and confirms another in the check queue', async () => {
    await page.goto(`${stack.baseUrl}/checks?kind=flag`);
    await page.getByTestId('check-item').first().waitFor();
    // Each item beside its place in the original document: the text file's lines, the row's own marked.
    const place = page.getByTestId('check-item').first().getByTestId('check-document');
    expect(await place.getAttribute('data-view')).toBe('lines');
    await place.locator('mark').first().waitFor();
    const problems = await accessibilityProblems(page);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
    await screenshot(page, '43-check-item-beside-document', { fullPage: false });
    const before = await api.request<CheckListResponse>('GET', '/checks?kind=flag&pageSize=100');
    expect(before.total).toBeGreaterThan(1);
    const [toDismiss, toConfirm] = before.items;

    const dismissCard = page.getByTestId('check-item').filter({ hasText: toDismiss!.reason }).first();
    await dismissCard.getByRole('button', { name: 'Dismiss…' }).click();
    await dismissCard
      .getByLabel('Why does this flag not stand?')
      .fill('The policy states it; read with the commentary.');
    await dismissCard.getByRole('button', { name: 'Dismiss flag' }).click();
    await waitFor(
      async () =>
        (await api.request<CheckListResponse>('GET', '/checks?kind=flag&state=dismissed')).items.some(
          (i) => i.id === toDismiss!.id,
        ),
      { timeoutMs: 10_000, intervalMs: 250, what: 'the dismissal to be stored' },
    );

    const confirmCard = page.getByTestId('check-item').filter({ hasText: toConfirm!.reason }).first();
    await confirmCard.getByRole('button', { name: 'Confirm flag' }).click();
    await waitFor(
      async () =>
        (await api.request<CheckListResponse>('GET', '/checks?kind=flag&state=confirmed')).items.some(
          (i) => i.id === toConfirm!.id,
        ),
      { timeoutMs: 10_000, intervalMs: 250, what: 'the confirmation to be stored' },
    );
    const dismissed = await api.request<CheckListResponse>('GET', '/checks?kind=flag&state=dismissed');
    expect(dismissed.items.find((i) => i.id === toDismiss!.id)?.reviewReason).toBe(
      'The policy states it; read with the commentary.',
    );
    expect(dismissed.items.find((i) => i.id === toDismiss!.id)?.reviewedBy).toBe(analyst.email);
    const audit = await api.request<{ items: { action: string; actorEmail: string | null }[] }>(
      'GET',
      '/audit?pageSize=50',
    );
    expect(
      audit.items
        .filter((e) => e.action.startsWith('flag.'))
        .map((e) => [e.action, e.actorEmail])
        .sort(),
    ).toEqual([
      ['flag.confirm', analyst.email],
      ['flag.dismiss', analyst.email],
    ]);
    await screenshot(page, '42-check-queue');
  });

  it("shows a PDF upload's check items beside the page, the row highlighted", async () => {
    const landlords = await api.request<LandlordDto[]>('GET', '/landlords');
    const lewisham = landlords.find((item) => item.name.startsWith('Lewisham Council'))!;
    const pdf = readFileSync(
      resolve(__dirname, '../../../libs/parser/fixtures/pdf/corpus-004-chromium-rules-landscape.pdf'),
    );
    // Another year than the text upload, so neither replaces the other.
    const accepted = await api.upload<UploadAccepted>('lewisham-2024.pdf', pdf, {
      landlordId: lewisham.id,
      assessmentYear: '2024',
    });
    await waitFor(
      async () => {
        const detail = await api.request<SubmissionDetailDto>('GET', `/submissions/${accepted.id}`);
        return ['parsed', 'needs_review'].includes(detail.status) ? detail : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 500, what: 'the PDF to be read' },
    );
    await page.goto(`${stack.baseUrl}/checks?kind=flag&landlordId=${lewisham.id}&year=2024`);
    const item = page.getByTestId('check-item').first();
    await item.waitFor();
    const place = item.getByTestId('check-document');
    expect(await place.getAttribute('data-view')).toBe('pdf');
    await place.locator('[data-testid="pdf-viewer"]:not([data-highlights="0"])').waitFor({ timeout: 30_000 });
    await screenshot(page, '44-check-item-beside-pdf', { fullPage: false });

    // Opened in its document: the review page shows the flag and its reason beside the answer.
    const [first] = (
      await api.request<CheckListResponse>('GET', `/checks?kind=flag&landlordId=${lewisham.id}&year=2024`)
    ).items;
    await item.getByRole('link', { name: /Open in its document/ }).click();
    await page.waitForURL(new RegExp(`/submissions/${first!.submissionId}\\?answer=${first!.answerId}`));
    const row = page.locator(`tr#answer-${first!.answerId}`);
    await row.waitFor();
    expect(await row.getAttribute('data-consistency-flags')).toContain(first!.flag!);
    expect(await row.locator(`li[data-flag="${first!.flag}"]`).textContent()).toContain(first!.reason);
    await screenshot(page, '45-flag-beside-answer', { fullPage: false });
  });
});
