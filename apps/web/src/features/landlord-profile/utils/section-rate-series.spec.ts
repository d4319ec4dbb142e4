import type { LandlordProfileResponse, ProfileChange } from '@app/contracts';
import { describe, expect, it } from 'vitest';
import { orderedChanges, sectionRateBars, sectionRateSummary } from './section-rate-series';

const sections = [
  { section: 6, title: 'Stage 1', rate: 0.5, peerMedian: 0.8, peerCount: 7 },
  { section: 1, title: 'Definition', rate: 1, peerMedian: 0.9, peerCount: 7 },
];

describe('section rates', () => {
  const profile = { sectionRates: { year: 2024, sections } } as unknown as LandlordProfileResponse;

  it('orders sections and keeps both figures', () => {
    expect(sectionRateBars(profile).map((bar) => [bar.section, bar.rate, bar.peerMedian])).toEqual([
      [1, 1, 0.9],
      [6, 0.5, 0.8],
    ]);
  });

  it('names the widest gap below the peers', () => {
    expect(sectionRateSummary('Octavia', 2024, sectionRateBars(profile))).toBe(
      "In 2024, Octavia was below its peer group's median in 1 of 2 sections; the widest gap was section 6 (Stage 1): 50% against a median of 80%.",
    );
  });

  it('says when there is nothing to compare', () => {
    expect(sectionRateSummary('Octavia', null, [])).toContain('no counted self-assessment');
  });
});

describe('orderedChanges', () => {
  it('puts regressions first and drops unchanged', () => {
    const change = (provision: string, kind: ProfileChange['change']): ProfileChange => ({
      provision,
      fromYear: 2023,
      toYear: 2024,
      from: 'yes',
      to: 'no',
      change: kind,
    });
    expect(
      orderedChanges([change('1.1', 'improved'), change('2.1', 'unchanged'), change('6.3', 'regressed')]).map(
        (c) => c.provision,
      ),
    ).toEqual(['6.3', '1.1']);
  });
});
