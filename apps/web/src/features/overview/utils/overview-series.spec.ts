import type { OverviewResponse } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { headlineFigures, nonComplianceBars, nonComplianceSummary } from './overview-series';

const overview: OverviewResponse = {
  year: 2024,
  years: [2024, 2023],
  registryLandlords: 12,
  submitted: 9,
  counted: 8,
  withNonCompliance: 5,
  mostNonCompliant: [
    { provision: '5.1', title: 'Publish the policy', nonCompliant: 2, answered: 8, rate: 0.25 },
    { provision: '6.3', title: 'Acknowledge', nonCompliant: 4, answered: 8, rate: 0.5 },
    { provision: '9.1', title: 'Annual report', nonCompliant: 0, answered: 0, rate: null },
  ],
  largestChanges: [],
  nonSubmitters: [],
  includesSampleData: false,
};

describe('overview series', () => {
  it('ranks provisions by the number answering no or partly and leaves out the unanswered', () => {
    expect(nonComplianceBars(overview).map((bar) => [bar.provision, bar.rate])).toEqual([
      ['6.3', 0.5],
      ['5.1', 0.25],
    ]);
    expect(nonComplianceBars(overview, 1)).toHaveLength(1);
  });

  it('summarises the top two', () => {
    expect(nonComplianceSummary(2024, nonComplianceBars(overview))).toBe(
      'In 2024, provision 6.3 (Acknowledge) had the most non-compliance: 4 of 8 landlords that answered (50%) said no or partly. Next was 5.1 at 25%.',
    );
    expect(nonComplianceSummary(2021, [])).toBe(
      'No landlord answered no or partly to any provision in 2021.',
    );
  });

  it('lists the headline figures as the API gives them', () => {
    expect(headlineFigures(overview).map((figure) => figure.value)).toEqual([12, 9, 8, 5]);
  });
});
