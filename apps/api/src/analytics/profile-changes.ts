import type { AnswerStatus, MatrixCell, ProfileChange, ProvisionChange } from '@app/contracts';

const COMPLIANCE: Partial<Record<AnswerStatus, number>> = { no: 0, partial: 1, yes: 2 };

/** How an answered status moved between two years; null when either year did not answer (na, missing, unknown). */
export function changeBetween(from: AnswerStatus, to: AnswerStatus): ProvisionChange | null {
  const before = COMPLIANCE[from];
  const after = COMPLIANCE[to];
  if (before === undefined || after === undefined) return null;
  return after < before ? 'regressed' : after > before ? 'improved' : 'unchanged';
}

/**
 * Per provision, the change between each pair of consecutive counted years (years with no counting submission
 * are skipped, so 2022 → 2024 is consecutive when 2023 is missing). Marked `caveat` when either answer is.
 */
export function profileChanges(
  grid: Record<string, Record<string, MatrixCell>>,
  provisions: string[],
): ProfileChange[] {
  const years = Object.keys(grid)
    .map(Number)
    .sort((a, b) => a - b);
  const changes: ProfileChange[] = [];
  for (let i = 1; i < years.length; i++) {
    const fromYear = years[i - 1]!;
    const toYear = years[i]!;
    for (const provision of provisions) {
      const before = grid[String(fromYear)]?.[provision];
      const after = grid[String(toYear)]?.[provision];
      if (!before || !after) continue;
      const change = changeBetween(before.status, after.status);
      if (!change) continue;
      changes.push({
        provision,
        fromYear,
        toYear,
        from: before.status,
        to: after.status,
        change,
        ...(before.caveat || after.caveat ? { caveat: true } : {}),
      });
    }
  }
  return changes;
}
