export const EARLIEST_YEAR = 2019;

export type YearCheck = { year: number | undefined; error?: undefined } | { year?: undefined; error: string };

/** An optional four-digit assessment year: blank means "read it from the document". */
export function checkYear(text: string, now = new Date()): YearCheck {
  const trimmed = text.trim();
  if (!trimmed) return { year: undefined };
  if (!/^\d{4}$/.test(trimmed)) return { error: 'Assessment year must be a 4-digit year, like 2024' };
  const year = Number(trimmed);
  const latest = now.getFullYear() + 1;
  if (year < EARLIEST_YEAR || year > latest)
    return { error: `Assessment year must be between ${EARLIEST_YEAR} and ${latest}` };
  return { year };
}
