import type { LandlordProfileResponse, ProfileChange } from '@app/contracts';
import { percent } from '@web/features/analytics/utils/status-symbols';

export interface SectionRateBar {
  section: number;
  title: string;
  label: string;
  rate: number | null;
  peerMedian: number | null;
  peerCount: number;
}

export function sectionRateBars(profile: LandlordProfileResponse): SectionRateBar[] {
  return [...profile.sectionRates.sections]
    .sort((a, b) => a.section - b.section)
    .map((section) => ({
      section: section.section,
      title: section.title,
      label: `${section.section}`,
      rate: section.rate,
      peerMedian: section.peerMedian,
      peerCount: section.peerCount,
    }));
}

export function sectionRateSummary(name: string, year: number | null, bars: SectionRateBar[]): string {
  if (year === null || bars.length === 0)
    return `${name} has no counted self-assessment yet, so there are no section rates to show.`;
  const compared = bars.filter((bar) => bar.rate !== null && bar.peerMedian !== null);
  if (compared.length === 0) {
    return `In ${year}, ${name}'s share of yes answers by section is shown; peer medians are not available for its peer group.`;
  }
  const below = compared.filter((bar) => bar.rate! < bar.peerMedian!);
  const worst = [...compared].sort((a, b) => a.rate! - a.peerMedian! - (b.rate! - b.peerMedian!))[0]!;
  if (below.length === 0)
    return `In ${year}, ${name} was at or above its peer group's median in every section compared.`;
  return `In ${year}, ${name} was below its peer group's median in ${below.length} of ${compared.length} sections; the widest gap was section ${worst.section} (${worst.title}): ${percent(worst.rate)} against a median of ${percent(worst.peerMedian)}.`;
}

/** Changes between years, the ones that got worse first. */
export function orderedChanges(changes: ProfileChange[]): ProfileChange[] {
  const rank = { regressed: 0, improved: 1, unchanged: 2 } as const;
  return changes
    .filter((change) => change.change !== 'unchanged')
    .sort(
      (a, b) =>
        rank[a.change] - rank[b.change] ||
        b.toYear - a.toYear ||
        a.provision.localeCompare(b.provision, 'en-GB', { numeric: true }),
    );
}
