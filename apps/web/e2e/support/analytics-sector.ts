import type {
  CrosswalkEntryDto,
  LandlordDto,
  SubmissionDetailDto,
  TrendResponse,
  UploadAccepted,
} from '@app/contracts';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
// The browser tests run the whole system; only they use the shared test helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { waitFor } from '@app/testing';
import { ApiSession } from './api-session';
import { type Stack, startStack } from './api-stack';
import { accessibilityProblems } from './browser';
import { CORPUS_DOCUMENTS, corpusBytes } from './corpus';

const PASSWORD = 'correct horse battery staple';
export const admin = { email: 'admin@example.test', password: PASSWORD };
export const analyst = { email: 'sector.analyst@example.test', password: PASSWORD };
export const octaviaUser = { email: 'board@octavia.example.test', password: PASSWORD };

/** The stack with the corpus read, an analyst and Octavia Housing's user. */
export interface Sector {
  stack: Stack;
  api: ApiSession;
  landlordIds: Map<string, string>;
  /** A 2024 provision whose 2023 figures come from the 2022 Code through a `caveat` carry. */
  caveatProvision: string;
}

/** Signs in at `url` (any page: it sends to sign-in first) and waits to leave the sign-in page. */
export async function signIn(
  context: BrowserContext,
  who: { email: string; password: string },
  url: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForURL(/\/sign-in/);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((at) => !at.pathname.startsWith('/sign-in'));
  return page;
}

export async function expectAccessible(page: Page, what: string): Promise<void> {
  const problems = await accessibilityProblems(page);
  expect(problems, `${what}: ${JSON.stringify(problems, null, 2)}`).toEqual([]);
}

async function uploadCorpus(
  api: ApiSession,
  landlordIds: Map<string, string>,
  caveatProvision: string,
): Promise<void> {
  const landlords = await api.request<LandlordDto[]>('GET', '/landlords');
  for (const document of CORPUS_DOCUMENTS) {
    const landlord = landlords.find((item) => item.name.startsWith(document.landlord));
    if (!landlord) throw new Error(`the seed did not add ${document.landlord}`);
    landlordIds.set(document.landlord, landlord.id);
    await api.upload<UploadAccepted>(document.file, corpusBytes(document.file), { landlordId: landlord.id });
  }
  // A second year for Octavia Housing (the same form, filed for 2025), with one answer made worse.
  const again = await api.upload<UploadAccepted>(
    'octavia-2025.txt',
    Buffer.concat([corpusBytes(CORPUS_DOCUMENTS[1]!.file), Buffer.from('\n')]),
    {
      landlordId: landlordIds.get('Octavia Housing')!,
      assessmentYear: '2025',
    },
  );
  await waitFor(
    async () => {
      const list = await api.request<{ items: { id: string; status: string }[] }>(
        'GET',
        '/submissions?pageSize=100',
      );
      return (
        list.items.length === CORPUS_DOCUMENTS.length + 1 &&
        list.items.every((item) => ['parsed', 'needs_review', 'accepted', 'failed'].includes(item.status))
      );
    },
    { timeoutMs: 450_000, intervalMs: 1_000, what: 'the corpus documents to be read' },
  );
  const octavia2025 = await api.request<SubmissionDetailDto>('GET', `/submissions/${again.id}`);
  const answer =
    octavia2025.answers.find((item) => item.status === 'yes' && item.provision === caveatProvision) ??
    octavia2025.answers.find((item) => item.status === 'yes');
  if (answer) await api.request('PATCH', `/submissions/${again.id}/answers/${answer.id}`, { status: 'no' });
}

async function findCaveatProvision(api: ApiSession): Promise<string> {
  const crosswalk = await api.request<CrosswalkEntryDto[]>('GET', '/codes/crosswalk');
  const candidates = [
    ...new Set(
      crosswalk.filter((entry) => entry.trend === 'caveat' && entry.to2024).map((entry) => entry.to2024!),
    ),
  ];
  for (const provision of candidates) {
    const trend = await api.request<TrendResponse>('GET', `/analytics/provisions/${provision}/trend`);
    if (trend.series.some((point) => point.year === 2023 && point.caveat === 'caveat')) return provision;
  }
  throw new Error('no provision carries the 2022-Code year with a caveat');
}

export async function startSector(): Promise<Sector> {
  const stack = await startStack(admin);
  const api = await ApiSession.signIn(stack.baseUrl, admin.email, admin.password);
  const landlordIds = new Map<string, string>();
  await api.request('POST', '/users', { ...analyst, role: 'analyst' });
  // The crosswalk candidates are known before upload; the one with a 2023 caveat is checked afterwards.
  const crosswalk = await api.request<CrosswalkEntryDto[]>('GET', '/codes/crosswalk');
  const candidate = crosswalk.find((entry) => entry.trend === 'caveat' && entry.to2024)?.to2024 ?? '6.3';
  await uploadCorpus(api, landlordIds, candidate);
  const caveatProvision = await findCaveatProvision(api);
  await api.request('POST', '/users', {
    ...octaviaUser,
    role: 'landlord',
    landlordId: landlordIds.get('Octavia Housing'),
  });
  return { stack, api, landlordIds, caveatProvision };
}
