import type { StatusCounts, TrendGroupBy, TrendPoint, TrendResponse } from '@app/contracts';
import { CAVEAT_SYMBOL, groupLabel, percent } from '@web/features/analytics/utils/status-symbols';

/** One stacked bar: the shares of yes, partly and no among the landlords that answered, for a year (and group). */
export interface TrendBar {
  key: string;
  year: number;
  group?: string;
  /** Axis label: the year, marked when the year's figures carry a caveat, and the group when split. */
  label: string;
  yes: number;
  partial: number;
  no: number;
  answered: number;
  landlords: number;
  counts: StatusCounts;
  rate: number | null;
  caveat: boolean;
  /** Where the figures were carried from, e.g. "2022 5.1 (changed)". */
  carriedFrom: string[];
}

function answeredOf(counts: StatusCounts): number {
  return counts.yes + counts.partial + counts.no;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function describeCarried(point: TrendPoint): string[] {
  return point.carried
    .filter((carry) => carry.codeVersion !== '2024' || carry.trend === 'caveat')
    .map((carry) => `${carry.codeVersion} ${carry.provision} (${carry.relation})`);
}

/** The trend response as chart bars, oldest year first and groups in name order within a year. */
export function trendBars(response: TrendResponse, groupBy: TrendGroupBy): TrendBar[] {
  return [...response.series]
    .sort((a, b) => a.year - b.year || (a.group ?? '').localeCompare(b.group ?? '', 'en-GB'))
    .map((point) => {
      const answered = answeredOf(point.counts);
      const caveat = point.caveat === 'caveat';
      const yearLabel = `${point.year}${caveat ? ` ${CAVEAT_SYMBOL}` : ''}`;
      return {
        key: `${point.year}|${point.group ?? ''}`,
        year: point.year,
        group: point.group,
        label: groupBy === 'none' ? yearLabel : `${yearLabel} ${groupLabel(groupBy, point.group)}`,
        yes: share(point.counts.yes, answered),
        partial: share(point.counts.partial, answered),
        no: share(point.counts.no, answered),
        answered,
        landlords: point.landlords,
        counts: point.counts,
        rate: point.rate,
        caveat,
        carriedFrom: describeCarried(point),
      };
    });
}

/** A sentence or two saying what the chart shows, for everyone and for screen readers. */
export function trendSummary(provision: string, bars: TrendBar[]): string {
  const overall = bars.filter((bar) => bar.group === undefined);
  const years = overall.length ? overall : bars;
  if (years.length === 0) return `No landlord has answered provision ${provision} in the years shown.`;
  const last = years[years.length - 1]!;
  let text = `In ${last.year}, ${percent(last.yes)} of the ${last.answered} landlords that answered provision ${provision} said yes, ${percent(last.partial)} partly and ${percent(last.no)} no.`;
  const first = years[0]!;
  if (first.year !== last.year && first.rate !== null && last.rate !== null) {
    const direction =
      last.rate > first.rate ? 'up from' : last.rate < first.rate ? 'down from' : 'the same as';
    text += ` The share answering yes is ${direction} ${percent(first.rate)} in ${first.year}.`;
  }
  const caveats = [...new Set(bars.filter((bar) => bar.caveat).map((bar) => bar.year))];
  if (caveats.length) {
    text += ` ${caveats.join(', ')} ${caveats.length === 1 ? 'is' : 'are'} marked ${CAVEAT_SYMBOL}: those answers were given to an earlier version of the requirement, so compare with care.`;
  }
  return text;
}

/** Years whose figures are marked with the crosswalk caveat. */
export function caveatYears(bars: TrendBar[]): number[] {
  return [...new Set(bars.filter((bar) => bar.caveat).map((bar) => bar.year))];
}
