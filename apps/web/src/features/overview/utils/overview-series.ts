import type { OverviewResponse } from '@app/contracts';
import { bareTitle, percent } from '@web/features/analytics/utils/status-symbols';

export interface NonComplianceBar {
  provision: string;
  title: string;
  label: string;
  /** Share of the landlords that answered who said no or partly (0…1). */
  rate: number;
  nonCompliant: number;
  answered: number;
}

/** The provisions with most non-compliance in the API's order (most landlords answering no or partly first), as chart bars. */
export function nonComplianceBars(overview: OverviewResponse, limit = 10): NonComplianceBar[] {
  return overview.mostNonCompliant
    .filter((item) => item.rate !== null)
    .map((item) => ({
      provision: item.provision,
      title: bareTitle(item.provision, item.title),
      label: item.provision,
      rate: item.rate ?? 0,
      nonCompliant: item.nonCompliant,
      answered: item.answered,
    }))
    .sort((a, b) => b.nonCompliant - a.nonCompliant || b.rate - a.rate)
    .slice(0, limit);
}

export function nonComplianceSummary(year: number, bars: NonComplianceBar[]): string {
  const [top, second] = bars;
  if (!top) return `No landlord answered no or partly to any provision in ${year}.`;
  let text = `In ${year}, provision ${top.provision} (${top.title}) had the most non-compliance: ${top.nonCompliant} of ${top.answered} landlords that answered (${percent(top.rate)}) said no or partly.`;
  if (second) text += ` Next was ${second.provision} at ${percent(second.rate)}.`;
  return text;
}

/** The headline figures in the order they are shown. */
export function headlineFigures(
  overview: OverviewResponse,
): { label: string; value: number; testId: string }[] {
  return [
    { label: 'Landlords in the registry', value: overview.registryLandlords, testId: 'registry-landlords' },
    { label: 'Submitted a self-assessment', value: overview.submitted, testId: 'submitted' },
    { label: 'Counted in the figures', value: overview.counted, testId: 'counted' },
    {
      label: 'Answered no or partly to at least one provision',
      value: overview.withNonCompliance,
      testId: 'with-non-compliance',
    },
  ];
}
