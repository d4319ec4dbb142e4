// @vitest-environment jsdom
import type { OverviewResponse } from '@app/contracts';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { FlagCounts } from './FlagCounts';

const overview = (flags: Record<string, number> | undefined) => ({ year: 2024, flags }) as OverviewResponse;

afterEach(cleanup);

describe('FlagCounts', () => {
  it('lists each flag with open answers, with its count and a link to the check queue filtered to it', () => {
    render(
      <MemoryRouter>
        <FlagCounts overview={overview({ no_evidence: 1234, boilerplate: 0, timescale_conflict: 7 })} />
      </MemoryRouter>,
    );
    const rows = screen.getAllByRole('row').filter((row) => row.hasAttribute('data-flag'));
    expect(rows.map((row) => row.getAttribute('data-flag'))).toEqual(['timescale_conflict', 'no_evidence']);
    expect(rows[1]?.textContent).toContain('1,234');
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/checks?kind=flag&flag=timescale_conflict&year=2024',
    );
  });

  it('says so when no answer has an open flag', () => {
    render(
      <MemoryRouter>
        <FlagCounts overview={overview(undefined)} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/No answer counted for 2024/)).toBeTruthy();
  });
});
