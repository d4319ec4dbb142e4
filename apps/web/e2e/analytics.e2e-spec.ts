import type {
  LandlordProfileResponse,
  MatrixResponse,
  OverviewResponse,
  ProvisionIndexResponse,
  SubmissionDetailDto,
  TrendResponse,
} from '@app/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiSession } from './support/api-session';
import type { Stack } from './support/api-stack';
import {
  analyst,
  expectAccessible,
  octaviaUser,
  signIn as signInAt,
  startSector,
} from './support/analytics-sector';
import { launchBrowser, screenshot } from './support/browser';

/** Generous: the stack, six documents to read and a browser on a machine that may be busy. */
const SETUP_TIMEOUT_MS = 600_000;
const STEP_TIMEOUT_MS = 400_000;

let stack: Stack;
let browser: Browser;
let api: ApiSession;
let landlordIds = new Map<string, string>();
let caveatProvision = '';

const signIn = (context: BrowserContext, who: { email: string; password: string }, path = '/') =>
  signInAt(context, who, `${stack.baseUrl}${path}`);

beforeAll(async () => {
  ({ stack, api, landlordIds, caveatProvision } = await startSector());
  browser = await launchBrowser();
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('analyst dashboard', { timeout: STEP_TIMEOUT_MS }, () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await signIn(context, analyst);
  });
  afterAll(async () => context?.close());

  it('opens on the sector overview, whose figures are the API’s', async () => {
    await page.waitForURL(/\/overview$/);
    const nav = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allTextContents();
    expect(nav).toEqual([
      'Overview',
      'Compare',
      'Provisions',
      'Landlords',
      'Search',
      'Check queue',
      'Submissions',
      'Upload',
    ]);
    await page.goto(`${stack.baseUrl}/overview?year=2024`);
    const overview = await api.request<OverviewResponse>('GET', '/analytics/overview?year=2024');
    await page.getByTestId('figure-counted').waitFor();
    for (const [testId, value] of [
      ['registry-landlords', overview.registryLandlords],
      ['submitted', overview.submitted],
      ['counted', overview.counted],
      ['with-non-compliance', overview.withNonCompliance],
    ] as const) {
      expect(await page.getByTestId(`figure-${testId}`).textContent(), testId).toBe(
        value.toLocaleString('en-GB'),
      );
    }
    expect(overview.counted).toBe(3);
    await page.getByTestId('non-compliance-chart').waitFor();
    await expectAccessible(page, 'overview');
    await screenshot(page, '20-overview');
    await page.getByTestId('most-non-compliant').getByRole('button', { name: 'Show as table' }).click();
    const provisions = await page
      .locator('[data-testid="non-compliance-table"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-provision')));
    expect(provisions).toEqual(overview.mostNonCompliant.map((item) => item.provision));
  });

  it('opens an answer from a Compare cell, and a pasted address restores the view', async () => {
    await page.setViewportSize({ width: 1280, height: 1000 });
    const started = Date.now();
    await page.goto(`${stack.baseUrl}/compare?year=2024`);
    await page.getByTestId('matrix').locator('button[data-status]').first().waitFor();
    console.log(`Compare interactive after ${Date.now() - started} ms`);
    const matrix = await api.request<MatrixResponse>('GET', '/analytics/matrix?year=2024&page=1&pageSize=50');
    expect(await page.locator('[data-testid="matrix"] tbody tr').count()).toBe(matrix.rows.length);
    await expectAccessible(page, 'compare');
    await screenshot(page, '21-compare', { fullPage: false });

    const row = matrix.rows.find((item) => item.landlordName.startsWith('Octavia'))!;
    const [provision, cell] =
      Object.entries(row.cells).find(([, value]) => value.status === 'no' || value.status === 'partial') ??
      Object.entries(row.cells)[0]!;
    await page
      .locator(
        `[data-testid="matrix"] tr[data-landlord-id="${row.landlordId}"] button[data-provision="${provision}"]`,
      )
      .click();
    const panel = page.getByTestId('answer-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-answer-id')).toBe(cell.answerId);
    const submission = await api.request<SubmissionDetailDto>('GET', `/submissions/${row.submissionId}`);
    const answer = submission.answers.find((item) => item.id === cell.answerId)!;
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="answer-evidence"]')?.textContent?.startsWith('…'),
    );
    expect(await panel.getByTestId('answer-status').textContent()).toContain(
      { yes: 'Yes', no: 'No', partial: 'Partly' }[answer.status as 'yes'] ?? '',
    );
    if (answer.evidence)
      expect((await panel.getByTestId('answer-evidence').textContent())!.replace(/\s+/g, ' ')).toContain(
        answer.evidence
          .replace(/\s+/g, ' ')
          .slice(0, 40)
          .replace(/<[^>]+>/g, ''),
      );
    await expectAccessible(page, 'compare with an answer open');
    await screenshot(page, '22-compare-answer', { fullPage: false });

    // Filters and the open answer live in the address: a new tab opened at it shows the same view.
    await page.getByLabel('Landlord type').selectOption('housing_association');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/landlordType=housing_association/);
    await page
      .locator(
        `[data-testid="matrix"] tr[data-landlord-id="${row.landlordId}"] button[data-provision="${provision}"]`,
      )
      .click();
    await page.waitForURL(/cell=/);
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await other.getByTestId('answer-panel').waitFor();
    expect(await other.getByLabel('Landlord type').inputValue()).toBe('housing_association');
    expect(await other.getByTestId('answer-panel').getAttribute('data-answer-id')).toBe(cell.answerId);
    const filtered = await api.request<MatrixResponse>(
      'GET',
      '/analytics/matrix?year=2024&landlordType=housing_association',
    );
    expect(await other.locator('[data-testid="matrix"] tbody tr').count()).toBe(filtered.rows.length);
    // The Download menu carries the same filters.
    // The links sit in a closed menu, so they are read without being shown.
    const xlsx = await other
      .locator('[data-testid="download-menu"] a', { hasText: 'XLSX' })
      .getAttribute('href');
    expect(xlsx).toBe('/api/exports/matrix.xlsx?year=2024&landlordType=housing_association&sort=name');
    await other.close();

    // The answer's link opens the review page at that row.
    await panel.getByRole('link', { name: /See the answer in/ }).click();
    await page.waitForURL(new RegExp(`/submissions/${row.submissionId}\\?answer=${cell.answerId}`));
    await page
      .locator(
        `tr[data-answer-id="${cell.answerId}"].app-answers__row--selected, tr[data-answer-id="${cell.answerId}"]`,
      )
      .first()
      .waitFor();
    await page.setViewportSize({ width: 1400, height: 1000 });
  });

  it('moves through the heat map by keyboard and opens an answer with Enter', async () => {
    await page.goto(`${stack.baseUrl}/compare?year=2024`);
    const grid = page.getByTestId('matrix');
    await grid.locator('button[data-status]').first().waitFor();
    const cols = await grid.locator('tbody tr:first-child [data-grid-col]').count();
    const rows = await grid.locator('tbody tr').count();
    // One tab stop in the grid (roving tabindex).
    expect(await grid.locator('[data-grid-row][tabindex="0"]').count()).toBe(1);
    const focused = () =>
      page.evaluate(() => {
        const cell = document.activeElement as HTMLElement | null;
        return { row: Number(cell?.dataset['gridRow']), col: Number(cell?.dataset['gridCol']) };
      });
    await grid.locator('[data-grid-row][tabindex="0"]').focus();
    expect(await focused()).toEqual({ row: 0, col: 0 });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toEqual({ row: Math.min(1, rows - 1), col: 2 });
    await page.keyboard.press('End');
    expect(await focused()).toEqual({ row: Math.min(1, rows - 1), col: cols - 1 });
    await page.keyboard.press('Home');
    expect(await focused()).toEqual({ row: Math.min(1, rows - 1), col: 0 });
    await page.keyboard.press('Control+End');
    expect(await focused()).toEqual({ row: rows - 1, col: cols - 1 });
    await page.keyboard.press('Control+Home');
    expect(await focused()).toEqual({ row: 0, col: 0 });
    expect(await grid.locator('[data-grid-row][tabindex="0"]').count()).toBe(1);

    // Walk right to the first answered cell of the first row and open it with Enter.
    const answered = grid.locator('tbody tr:first-child button[data-grid-col]').first();
    const target = Number(await answered.getAttribute('data-grid-col'));
    for (let col = 0; col < target; col++) await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ row: 0, col: target });
    await page.keyboard.press('Enter');
    await page.getByTestId('answer-panel').waitFor();
    await page.waitForURL(/cell=/);
    expect(await answered.getAttribute('aria-pressed')).toBe('true');
    expect(await grid.locator('[data-grid-row][tabindex="0"]').getAttribute('data-grid-col')).toBe(
      String(target),
    );
  });

  it('says when a filter in the address is not understood', async () => {
    await page.goto(`${stack.baseUrl}/compare?year=abcd`);
    await page.getByTestId('invalid-params').waitFor();
    expect(await page.getByTestId('invalid-params').textContent()).toContain('year “abcd”');
  });

  it('shows a provision’s trend whose chart, table and API agree, with the 2022-Code year marked', async () => {
    const trend = await api.request<TrendResponse>('GET', `/analytics/provisions/${caveatProvision}/trend`);
    await page.goto(`${stack.baseUrl}/provisions/${caveatProvision}`);
    const chart = page.getByTestId('trend-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    expect(Number(await chart.getAttribute('data-points'))).toBe(trend.series.length);
    const xTicks = chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value');
    await xTicks.first().waitFor();
    const ticks = await xTicks.allTextContents();
    expect(ticks).toEqual(
      [...trend.series]
        .sort((a, b) => a.year - b.year)
        .map((point) => `${point.year}${point.caveat ? ' †' : ''}`),
    );
    expect(ticks).toContain('2023 †');
    expect(await page.getByTestId('caveat-legend').textContent()).toContain('2023');
    await expectAccessible(page, 'provision');
    await screenshot(page, '23-provision');

    await page.getByTestId('trend').getByRole('button', { name: 'Show as table' }).click();
    const rows = await page.locator('[data-testid="trend-table"] tbody tr').evaluateAll((items) =>
      items.map((row) => ({
        year: Number(row.getAttribute('data-year')),
        caveat: row.getAttribute('data-caveat') === 'true',
        yes: Number(row.querySelector('[data-field="yes"]')?.textContent),
        partial: Number(row.querySelector('[data-field="partial"]')?.textContent),
        no: Number(row.querySelector('[data-field="no"]')?.textContent),
        landlords: Number(row.querySelector('[data-field="landlords"]')?.textContent),
      })),
    );
    expect(rows).toEqual(
      [...trend.series]
        .sort((a, b) => a.year - b.year)
        .map((point) => ({
          year: point.year,
          caveat: point.caveat === 'caveat',
          yes: point.counts.yes,
          partial: point.counts.partial,
          no: point.counts.no,
          landlords: point.landlords,
        })),
    );
    await expectAccessible(page, 'provision as a table');
    await screenshot(page, '24-provision-table');

    // A year's button lists the landlords behind it; the choice is in the address.
    await page.locator('[data-testid="trend-table"] tbody tr[data-year="2023"] button').click();
    await page.waitForURL(/year=2023/);
    await page.getByRole('heading', { name: /in 2023$/ }).waitFor();
  });

  it('lists provisions and landlords, and opens a landlord profile', async () => {
    const index = await api.request<ProvisionIndexResponse>('GET', '/analytics/provisions?year=2024');
    await page.goto(`${stack.baseUrl}/provisions?year=2024`);
    await page.locator('tr[data-provision]').first().waitFor();
    const shown = () =>
      page.locator('[data-testid="provision-index"] tbody tr').evaluateAll((items) =>
        items.map((row) => {
          const rate = row.querySelector('[data-testid="provision-rate"]')!;
          return {
            provision: row.getAttribute('data-provision'),
            nonCompliant: Number(rate.getAttribute('data-non-compliant')),
            answered: Number(rate.getAttribute('data-answered')),
          };
        }),
      );
    const rows = await shown();
    expect(rows.length).toBe(index.provisions.length);
    expect(new Map(rows.map((row) => [row.provision, row]))).toEqual(
      new Map(
        index.provisions.map((p) => [
          p.provision,
          { provision: p.provision, nonCompliant: p.nonCompliant, answered: p.answered },
        ]),
      ),
    );
    // Sorting by rate puts the highest non-compliance first and says so in the address.
    await page.locator('[data-testid="provision-index"] button[data-sort="rate"]').click();
    await page.waitForURL(/sort=rate/);
    await page.locator('[data-testid="provision-index"] th[aria-sort="descending"]').waitFor();
    const highest = Math.max(...index.provisions.map((p) => p.rate ?? -1));
    const top = (await shown())[0]!.provision;
    const first = index.provisions.find((p) => p.provision === top)!;
    expect(first.rate).toBe(highest);
    expect(page.url()).toContain('year=2024');
    await expectAccessible(page, 'provisions sorted by rate');
    await expectAccessible(page, 'provisions');
    await screenshot(page, '25-provisions');

    await page.goto(`${stack.baseUrl}/landlords?q=octavia`);
    await page
      .getByTestId('registry')
      .getByRole('link', { name: /Octavia Housing/ })
      .click();
    const id = landlordIds.get('Octavia Housing')!;
    await page.waitForURL(new RegExp(`/landlords/${id}$`));
    const profile = await api.request<LandlordProfileResponse>('GET', `/analytics/landlords/${id}`);
    await page.getByTestId('years-grid').waitFor();
    const years = await page
      .locator('[data-testid="years-grid"] thead th[data-year]')
      .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-year'))));
    expect(years).toEqual(profile.years.map((year) => year.year).sort((a, b) => a - b));
    expect(years).toEqual([2024, 2025]);
    await page.getByTestId('section-rates-chart').waitFor();
    await expectAccessible(page, 'landlord profile');
    await screenshot(page, '26-landlord-profile');

    await page.goto(`${stack.baseUrl}/landlords`);
    await page.getByTestId('registry').waitFor();
    await expectAccessible(page, 'landlords');
    await screenshot(page, '27-landlords');
  });

  it('fits a phone screen without the page scrolling sideways', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const small = await signIn(phone, analyst, '/compare?year=2024');
    await small.getByTestId('matrix').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(small, 'compare on a phone');
    await screenshot(small, '28-compare-phone', { fullPage: false });
    await small.getByTestId('matrix').locator('button[data-status]').nth(3).click();
    await small.getByTestId('answer-panel').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(small, 'compare on a phone with an answer open');
    await small.goto(`${stack.baseUrl}/submissions`);
    await small.locator('tr[data-submission-id]').first().waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(small, '29-submissions-phone', { fullPage: false });
    await small.goto(`${stack.baseUrl}/provisions?year=2024`);
    await small.getByTestId('provision-index').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
  });
});

describe('landlord user', { timeout: STEP_TIMEOUT_MS }, () => {
  it('sees its own profile with peer medians but cannot open Compare or another landlord', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await signIn(context, octaviaUser);
    const own = landlordIds.get('Octavia Housing')!;
    const nav = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allTextContents();
    expect(nav).toEqual(['My profile', 'My submissions', 'Upload']);

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My profile' }).click();
    await page.waitForURL(new RegExp(`/landlords/${own}$`));
    await page.getByTestId('section-rates').waitFor();
    await expectAccessible(page, 'own profile');
    await screenshot(page, '30-landlord-own-profile');

    for (const path of ['/compare', '/overview', `/landlords/${landlordIds.get('Kingston Council')}`]) {
      await page.goto(`${stack.baseUrl}${path}`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      expect(await page.getByText('Kingston').count(), path).toBe(0);
    }
    await expectAccessible(page, 'not found for a landlord');
    await screenshot(page, '31-landlord-compare-refused');
    const status = await page.evaluate(
      async (id) => (await fetch(`/api/analytics/landlords/${id}`)).status,
      landlordIds.get('Kingston Council'),
    );
    expect(status).toBe(404);
    expect(await page.evaluate(async () => (await fetch('/api/analytics/matrix?year=2024')).status)).toBe(
      403,
    );
    await context.close();
  });
});
