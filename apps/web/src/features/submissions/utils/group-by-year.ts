import type { SubmissionSummaryDto } from '@app/contracts';

export interface YearGroup<T> {
  year: number | null;
  heading: string;
  items: T[];
}

type Groupable = Pick<SubmissionSummaryDto, 'assessmentYear' | 'createdAt'>;

/** Submissions grouped by assessment year, latest year first (unknown year last), newest upload first within a year. */
export function groupByYear<T extends Groupable>(items: T[]): YearGroup<T>[] {
  const groups = new Map<number | null, T[]>();
  for (const item of items) {
    const list = groups.get(item.assessmentYear) ?? [];
    list.push(item);
    groups.set(item.assessmentYear, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
    .map(([year, list]) => ({
      year,
      heading: year === null ? 'Year not known yet' : `${year} self-assessment`,
      items: [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    }));
}

/** "3 June 2025 at 14:05" in UK style. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
  const time = date.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
  return `${day} at ${time}`;
}
