import type { StatusCounts } from '@app/contracts';

/** One bar of the stacked chart: shares of the answered (yes + partial + no), as the dashboard shows them. */
export interface ShareBar {
  year: number;
  yes: number;
  partial: number;
  no: number;
  answered: number;
  /** The year's counts include answers carried from the 2022 Code with a caveat. */
  caveat: boolean;
}

export function shareSeries(
  points: { year: number; counts: StatusCounts; caveat?: boolean | string }[],
): ShareBar[] {
  return [...points]
    .sort((a, b) => a.year - b.year)
    .map(({ year, counts, caveat }) => {
      const answered = counts.yes + counts.partial + counts.no;
      const share = (n: number) => (answered === 0 ? 0 : n / answered);
      return {
        year,
        yes: share(counts.yes),
        partial: share(counts.partial),
        no: share(counts.no),
        answered,
        caveat: !!caveat,
      };
    });
}

/** 0.4567 → "46%"; null → "[x]". */
export function percent(rate: number | null): string {
  return rate === null ? '[x]' : `${Math.round(rate * 100)}%`;
}
