import type { LandlordDto, LandlordType, Page as ApiPage, SessionUser } from '@app/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './support/api-session';
import { type Stack, startStack } from './support/api-stack';
import { launchBrowser, screenshot, seriousViolations } from './support/browser';
import { existsSync } from 'node:fs';
import { ENCRYPTED_PDF, TEXT_FIXTURE, selfAssessmentFixture } from './support/fixtures';

const PASSWORD = 'correct horse battery staple';
/** The whole upload-to-confirmation journey, PDF viewer included, on a machine that may be busy. */
const JOURNEY_TIMEOUT_MS = 400_000;
const admin = { email: 'admin@example.test', password: PASSWORD };
const octavia = { email: 'complaints@octavia.example.test', password: PASSWORD };
const kingston = { email: 'complaints@kingston.example.test', password: PASSWORD };
const analyst = { email: 'analyst@example.test', password: PASSWORD };

let stack: Stack;
let browser: Browser;

async function signIn(
  context: BrowserContext,
  who: { email: string; password: string },
  path = '/',
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}${path}`);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

/** Waits for the upload to be read; if it fails instead, reports what the page says. */
async function waitForUploadOutcome(page: Page, name: string): Promise<string | null> {
  const outcome = page.getByTestId('upload-outcome');
  const failure = page.locator('.govuk-error-summary');
  await outcome
    .or(failure)
    .first()
    .waitFor({ timeout: 120_000 })
    .catch(async (error: unknown) => {
      await screenshot(page, `failed-${name}`);
      throw error;
    });
  if (await failure.isVisible()) {
    await screenshot(page, `failed-${name}`);
    throw new Error(`the upload failed: ${await failure.textContent()}`);
  }
  return outcome.getAttribute('data-status');
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  const problems = await seriousViolations(page);
  expect(problems, `${what}: ${JSON.stringify(problems, null, 2)}`).toEqual([]);
}

/** The seed may already have added the sample landlords; otherwise they are created. */
async function landlord(session: ApiSession, name: string, type: LandlordType): Promise<LandlordDto> {
  const body = await session.request<LandlordDto[] | ApiPage<LandlordDto>>('GET', '/landlords');
  const existing = (Array.isArray(body) ? body : body.items).find((item) => item.name.startsWith(name));
  return existing ?? session.request<LandlordDto>('POST', '/landlords', { name, type });
}

beforeAll(async () => {
  stack = await startStack(admin);
  const session = await ApiSession.signIn(stack.baseUrl, admin.email, admin.password);
  const octaviaHousing = await landlord(session, 'Octavia Housing', 'housing_association');
  const kingstonCouncil = await landlord(session, 'Kingston Council', 'local_authority');
  await session.request('POST', '/users', { ...octavia, role: 'landlord', landlordId: octaviaHousing.id });
  await session.request('POST', '/users', { ...kingston, role: 'landlord', landlordId: kingstonCouncil.id });
  await session.request('POST', '/users', { ...analyst, role: 'analyst' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('landlord upload and review', () => {
  let submissionPath = '';

  it(
    'signs in, uploads a self-assessment, follows it to "read", corrects an answer and confirms',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();

      await page.goto(`${stack.baseUrl}/`);
      await page.waitForURL(/\/sign-in\?next=/);
      await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
      expect(await page.title()).toBe('Sign in – Complaint Handling Code monitor');
      await expectAccessible(page, 'sign-in');
      await screenshot(page, '01-sign-in');

      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary').textContent()).toContain('Enter your email address');
      await expectAccessible(page, 'sign-in with errors');
      await screenshot(page, '02-sign-in-errors');

      await page.getByLabel('Email address').fill(octavia.email);
      await page.getByLabel('Password').fill(octavia.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/submissions$/);
      await page.getByRole('heading', { name: 'Your submissions' }).waitFor();
      const nav = await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allTextContents();
      expect(nav).toEqual(['My profile', 'My submissions', 'Upload']);
      await expectAccessible(page, 'my submissions');
      await screenshot(page, '03-my-submissions-before');

      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Upload' }).click();
      await page.waitForURL(/\/upload$/);
      expect(await page.getByText('Octavia Housing').count()).toBeGreaterThan(0);
      await expectAccessible(page, 'upload');
      await screenshot(page, '04-upload');

      // A file of the wrong type is stopped before it is sent, with what to do next.
      await page.setInputFiles('#file', {
        name: 'notes.png',
        mimeType: 'image/png',
        buffer: Buffer.from('not a document'),
      });
      await page.getByRole('button', { name: 'Upload and read the file' }).click();
      await page.locator('.govuk-error-summary').waitFor();
      expect(await page.locator('.govuk-error-summary').textContent()).toMatch(/must be a PDF, Word/);
      await expectAccessible(page, 'upload with errors');
      await screenshot(page, '05-upload-wrong-type');

      const fixture = selfAssessmentFixture();
      await page.setInputFiles('#file', fixture.path);
      await page.getByRole('button', { name: 'Upload and read the file' }).click();
      expect(['parsed', 'needs_review']).toContain(await waitForUploadOutcome(page, 'pdf-upload'));
      expect(await page.getByText('Your self-assessment has been read').count()).toBe(1);
      await expectAccessible(page, 'upload finished');
      await screenshot(page, '06-upload-read');

      await page.getByRole('link', { name: 'Check the answers and confirm' }).click();
      await page.waitForURL(/\/submissions\/[0-9a-f-]{36}$/);
      submissionPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { name: 'Check the self-assessment' }).waitFor();
      const rows = page.locator('table.app-answers tbody tr[data-provision]');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(30);
      if (fixture.isPdf) {
        const viewer = page.getByTestId('pdf-viewer');
        await viewer.waitFor({ timeout: 90_000 });
        await page.waitForFunction(
          () =>
            Number(document.querySelector('[data-testid="pdf-viewer"]')?.getAttribute('data-highlights')) > 0,
          null,
          {
            timeout: 90_000,
          },
        );
      }
      await expectAccessible(page, 'review');
      await screenshot(page, '07-review', { fullPage: false });
      await page.locator('table.app-answers').scrollIntoViewIfNeeded();
      await screenshot(page, '07-review-table', { fullPage: false });

      // Show one row in the document, then only the rows to check.
      await rows
        .nth(5)
        .getByRole('button', { name: /in document/ })
        .click();
      if (fixture.isPdf) {
        await page.waitForFunction(
          () =>
            Number(document.querySelector('[data-testid="pdf-viewer"]')?.getAttribute('data-highlights')) > 0,
        );
      }
      await page.getByLabel(/Show only rows to check/).check();
      const flagged = await page.locator('table.app-answers tbody tr[data-flagged="true"]').count();
      expect(await rows.count()).toBe(flagged);
      await screenshot(page, '08-review-rows-to-check', { fullPage: false });
      await page.getByLabel(/Show only rows to check/).uncheck();

      // Correct the first answer's status.
      const first = rows.first();
      const provision = await first.getAttribute('data-provision');
      await first.getByRole('button', { name: /^Change/ }).click();
      const form = page.getByRole('form', { name: `Correct the answer to provision ${provision}` });
      await form.getByLabel('Answer').selectOption('partial');
      await expectAccessible(page, 'review while correcting');
      await screenshot(page, '09-review-correcting', { fullPage: false });
      await form.getByRole('button', { name: 'Save correction' }).click();
      const corrected = page.locator(`table.app-answers tbody tr[data-provision="${provision}"]`).first();
      await corrected.getByText('Corrected').waitFor();
      expect(await corrected.getByText('Partly').count()).toBe(1);

      // Confirm, through the confirmation step.
      await page.getByRole('button', { name: 'Confirm submission' }).click();
      await page.getByTestId('confirm-step').waitFor();
      await expectAccessible(page, 'confirmation step');
      await screenshot(page, '10-confirm-step', { fullPage: false });
      await page.getByRole('button', { name: 'Yes, confirm submission' }).click();
      await page.getByText('This submission has been confirmed').waitFor();
      await screenshot(page, '11-confirmed', { fullPage: false });

      await page
        .getByRole('navigation', { name: 'Menu' })
        .getByRole('link', { name: 'My submissions' })
        .click();
      await page.waitForURL(/\/submissions$/);
      const listed = page.locator(`tr[data-submission-id="${submissionPath.split('/').pop()}"]`);
      await listed.waitFor();
      expect(await listed.textContent()).toContain('Confirmed');
      await expectAccessible(page, 'my submissions');
      await screenshot(page, '12-my-submissions');
      await context.close();
    },
    JOURNEY_TIMEOUT_MS,
  );

  it('shows a text document’s lines beside its answers', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await signIn(context, kingston, '/upload');
    await page.setInputFiles('#file', TEXT_FIXTURE);
    await page.getByRole('button', { name: 'Upload and read the file' }).click();
    await waitForUploadOutcome(page, 'text-upload');
    await page.getByRole('link', { name: 'Check the answers and confirm' }).click();
    await page.locator('table.app-answers tbody tr[data-provision]').first().waitFor();
    await page
      .locator('table.app-answers tbody tr[data-provision]')
      .nth(3)
      .getByRole('button', { name: /in document/ })
      .click();
    await page.getByTestId('source-excerpt').waitFor();
    await expectAccessible(page, 'review of a text document');
    await screenshot(page, '13-review-text-source', { fullPage: false });
    await context.close();
  });

  it.runIf(existsSync(ENCRYPTED_PDF))('says what to do when a PDF cannot be read', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await signIn(context, kingston, '/upload');
    await page.setInputFiles('#file', ENCRYPTED_PDF);
    await page.getByRole('button', { name: 'Upload and read the file' }).click();
    const problem = page.getByTestId('processing-error');
    await problem.waitFor({ timeout: 120_000 });
    expect(await page.locator('.govuk-error-summary__title').textContent()).toBe(
      'The PDF is password-protected',
    );
    expect(await problem.textContent()).toMatch(/Remove the password/);
    await expectAccessible(page, 'processing failed');
    await screenshot(page, '14-upload-encrypted-pdf');
    await context.close();
  });

  it('does not let another landlord open the submission by its address', async () => {
    expect(submissionPath).not.toBe('');
    const context = await browser.newContext();
    const page = await signIn(context, kingston, submissionPath);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    expect(await page.getByText('Octavia Housing').count()).toBe(0);
    await expectAccessible(page, 'not found');
    await screenshot(page, '15-not-found');

    await page.goto(`${stack.baseUrl}/submissions`);
    await page.getByRole('heading', { name: 'Your submissions' }).waitFor();
    expect(await page.locator(`tr[data-submission-id="${submissionPath.split('/').pop()}"]`).count()).toBe(0);
    await context.close();
  });
});

describe('invited user', () => {
  it('sets a password from the one-time link, then signs in', async () => {
    const session = await ApiSession.signIn(stack.baseUrl, admin.email, admin.password);
    const invited = { email: 'new.analyst@example.test', password: 'a new and long password' };
    const created = await session.request<{ setPasswordUrl?: string }>('POST', '/users', {
      email: invited.email,
      role: 'analyst',
    });
    expect(created.setPasswordUrl).toContain('/set-password?token=');
    const link = new URL(created.setPasswordUrl!);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${stack.baseUrl}${link.pathname}${link.search}`);
    await page.getByRole('heading', { name: 'Set your password' }).waitFor();
    await page.getByLabel('New password', { exact: true }).fill(invited.password);
    await page.getByLabel('Type the new password again').fill(invited.password);
    await expectAccessible(page, 'set password');
    await screenshot(page, '18-set-password');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password has been set').waitFor();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Email address').fill(invited.email);
    await page.getByLabel('Password').fill(invited.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/overview$/);
    await context.close();
  });
});

describe('analyst', () => {
  it('sees every submission and chooses the landlord when uploading', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await signIn(context, analyst, '/submissions');
    await page.getByRole('heading', { name: 'Submissions', exact: true }).waitFor();
    await page.locator('tr[data-submission-id]').first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Menu' }).getByRole('link').allTextContents()).toEqual([
      'Overview',
      'Compare',
      'Provisions',
      'Landlords',
      'Search',
      'Check queue',
      'Submissions',
      'Upload',
    ]);
    await expectAccessible(page, 'all submissions');
    await screenshot(page, '16-analyst-submissions');

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Upload' }).click();
    const select = page.getByLabel('Landlord');
    await page.waitForFunction(
      () => ((document.querySelector('#landlordId') as HTMLSelectElement | null)?.options.length ?? 0) >= 3,
    );
    await page.setInputFiles('#file', TEXT_FIXTURE);
    await page.getByRole('button', { name: 'Upload and read the file' }).click();
    await page
      .locator('.govuk-error-summary')
      .getByText('Select the landlord whose self-assessment this is')
      .waitFor();
    await expectAccessible(page, 'analyst upload with errors');
    await screenshot(page, '17-analyst-upload');
    expect(await select.inputValue()).toBe('');

    // Signing out returns to the sign-in page and ends the session.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await context.close();
  });

  it('is an analyst account as the API sees it', async () => {
    const session = await ApiSession.signIn(stack.baseUrl, analyst.email, analyst.password);
    const me = await session.request<{ user: SessionUser } | SessionUser>('GET', '/auth/me');
    expect('user' in me ? me.user.role : me.role).toBe('analyst');
  });
});
