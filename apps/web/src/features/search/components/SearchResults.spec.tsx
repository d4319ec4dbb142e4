// @vitest-environment jsdom
import type { SearchHit } from '@app/contracts';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchResults } from './SearchResults';

const hit = (answerId: string, overrides: Partial<SearchHit> = {}): SearchHit => ({
  answerId,
  submissionId: 's1',
  landlordId: 'l1',
  landlordName: 'Alpha Homes',
  landlordType: 'housing_association',
  region: 'London',
  sizeBand: '1000_9999',
  assessmentYear: 2024,
  codeVersion: '2024',
  provision: '6.3',
  canonicalProvisions: ['6.3'],
  status: 'yes',
  snippet: 'Any «extension» is agreed with the resident',
  field: 'evidence',
  rank: 0.5,
  flags: [],
  consistencyFlags: [],
  ...overrides,
});

afterEach(cleanup);

describe('SearchResults', () => {
  it("shows each flag's reason beside the hit, and no flag list on a hit without flags", () => {
    const reason = 'Names 15 working days where the Code says 10.';
    render(
      <MemoryRouter>
        <SearchResults
          items={[
            hit('a1', {
              flags: ['timescale_conflict'],
              consistencyFlags: [{ flag: 'timescale_conflict', reason, state: 'confirmed' }],
            }),
            hit('a2'),
          ]}
        />
      </MemoryRouter>,
    );
    const [flagged, plain] = screen.getAllByTestId('search-result');
    const list = within(flagged!).getByRole('list', { name: 'Consistency flags' });
    expect(within(list).getByRole('listitem').textContent).toBe(
      `Timescale differs from the Code ${reason} (confirmed by an analyst)`,
    );
    expect(within(plain!).queryByRole('list', { name: 'Consistency flags' })).toBeNull();
    expect(within(flagged!).getByRole('link').getAttribute('href')).toBe('/submissions/s1?answer=a1');
  });
});
