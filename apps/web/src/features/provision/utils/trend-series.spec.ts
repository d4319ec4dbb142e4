import type { TrendResponse } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { caveatYears, trendBars, trendSummary } from './trend-series';

const counts = (yes: number, partial: number, no: number) => ({
  yes,
  partial,
  no,
  na: 1,
  missing: 0,
  unknown: 0,
});

const response: TrendResponse = {
  provision: '6.3',
  title: 'Acknowledge within five working days',
  rateDenominator: 'answered',
  series: [
    {
      year: 2024,
      landlords: 10,
      counts: counts(6, 2, 2),
      rate: 0.6,
      carried: [{ codeVersion: '2024', provision: '6.3', relation: 'same', trend: 'as_is' }],
    },
    {
      year: 2022,
      landlords: 5,
      counts: counts(2, 1, 1),
      rate: 0.5,
      carried: [{ codeVersion: '2022', provision: '5.1', relation: 'changed', trend: 'caveat' }],
      caveat: 'caveat',
    },
  ],
};

describe('trendBars', () => {
  it('orders years and gives shares of the answered', () => {
    const bars = trendBars(response, 'none');
    expect(bars.map((bar) => bar.year)).toEqual([2022, 2024]);
    expect(bars[1]).toMatchObject({
      label: '2024',
      yes: 0.6,
      partial: 0.2,
      no: 0.2,
      answered: 10,
      caveat: false,
      carriedFrom: [],
    });
  });

  it('marks a year carried through a caveat, in its label and its source', () => {
    const [first] = trendBars(response, 'none');
    expect(first).toMatchObject({ label: '2022 †', caveat: true, carriedFrom: ['2022 5.1 (changed)'] });
    expect(caveatYears(trendBars(response, 'none'))).toEqual([2022]);
  });

  it('labels groups by their plain names when split', () => {
    const split: TrendResponse = {
      ...response,
      series: [{ ...response.series[0]!, group: 'housing_association' }],
    };
    expect(trendBars(split, 'landlordType')[0]!.label).toBe('2024 Housing association');
  });

  it('gives zero shares when nobody answered', () => {
    const empty: TrendResponse = {
      ...response,
      series: [{ year: 2023, landlords: 0, counts: counts(0, 0, 0), rate: null, carried: [] }],
    };
    expect(trendBars(empty, 'none')[0]).toMatchObject({ yes: 0, partial: 0, no: 0, answered: 0 });
  });
});

describe('trendSummary', () => {
  it('states the latest year, the change and the caveat', () => {
    const text = trendSummary('6.3', trendBars(response, 'none'));
    expect(text).toContain(
      'In 2024, 60% of the 10 landlords that answered provision 6.3 said yes, 20% partly and 20% no.',
    );
    expect(text).toContain('up from 50% in 2022');
    expect(text).toContain('2022 is marked †');
  });

  it('says when there is nothing to show', () => {
    expect(trendSummary('6.3', [])).toBe('No landlord has answered provision 6.3 in the years shown.');
  });
});
