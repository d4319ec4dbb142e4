// @vitest-environment jsdom
import type { CheckItem } from '@app/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys } from '@web/lib/query-keys';
import { CheckDocument } from './CheckDocument';

const item = (source: CheckItem['source']): CheckItem => ({
  kind: 'flag',
  id: 'f1',
  answerId: 'a1',
  submissionId: 's1',
  landlordId: 'l1',
  landlordName: 'Alpha Homes',
  assessmentYear: 2024,
  provision: '6.3',
  canonicalProvisions: ['6.3'],
  status: 'yes',
  evidence: 'Policy section 4',
  commentary: null,
  confidence: 0.95,
  flag: 'timescale_conflict',
  reason: 'Names 15 working days where the Code says 10.',
  state: 'open',
  reviewReason: null,
  reviewedBy: null,
  reviewedAt: null,
  region: null,
  source,
  createdAt: '2026-01-01T00:00:00.000Z',
});

/** The document's bytes already in the cache, as the review page would have left them: nothing is fetched. */
function renderWithFile(element: React.ReactElement, text: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(queryKeys.submissions.file('s1'), new TextEncoder().encode(text).buffer);
  return render(<QueryClientProvider client={client}>{element}</QueryClientProvider>);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CheckDocument', () => {
  it("shows a text file's lines beside the item, the row's own lines marked", () => {
    const text = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    renderWithFile(<CheckDocument item={item({ lines: [6, 7] })} />, text);
    const panel = screen.getByTestId('check-document');
    expect(panel.getAttribute('data-view')).toBe('lines');
    expect(within(panel).getByRole('heading').textContent).toBe('In the original document');
    expect(panel.textContent).toContain('Lines 6 to 7 of the document');
    expect([...panel.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['line 6', 'line 7']);
  });

  it('waits until the item is near the screen before drawing a PDF page', () => {
    // An observer that never reports the element in view.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const region = { page: 3, x0: 10, y0: 20, x1: 300, y1: 60, pageWidth: 595, pageHeight: 842 };
    renderWithFile(<CheckDocument item={item({ regions: [region], pages: [3] })} />, '%PDF-1.7');
    const panel = screen.getByTestId('check-document');
    expect(panel.getAttribute('data-view')).toBe('pdf');
    expect(within(panel).getByText('Page 3 of the original document')).toBeTruthy();
    expect(screen.queryByTestId('pdf-viewer')).toBeNull();
    expect(screen.queryByText(/Opening the document viewer|Loading the original document/)).toBeNull();
  });

  it('shows nothing for a document with neither pages nor lines', () => {
    renderWithFile(<CheckDocument item={item({ table: 0, row: 3 })} />, '');
    expect(screen.queryByTestId('check-document')).toBeNull();
  });
});
