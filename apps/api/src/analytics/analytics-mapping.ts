import { getProvision, listProvisions, listSections } from '@app/code-catalog';
import type { CaveatMarker, MatrixCell, MatrixProvision, StatusCounts } from '@app/contracts';
import { provisionNotFound } from './analytics.errors';

/** The 2024 Code's provisions as the analytics show them, in Code order. */
export function provisionsOf2024(
  filter: { section?: number; provisions?: string[] } = {},
): MatrixProvision[] {
  const wanted = filter.provisions
    ? new Set(filter.provisions.map((p) => requireProvision(p).provision))
    : null;
  return listProvisions('2024')
    .filter(
      (p) =>
        (filter.section === undefined || p.section === filter.section) && (!wanted || wanted.has(p.number)),
    )
    .map((p) => ({ provision: p.number, title: p.shortTitle, section: p.section }));
}

/** A 2024 provision by number (tolerating "06.3" and the like), or 404. */
export function requireProvision(number: string): MatrixProvision {
  const provision = getProvision('2024', number);
  if (!provision) throw provisionNotFound(number);
  return { provision: provision.number, title: provision.shortTitle, section: provision.section };
}

export function sectionTitle(section: number): string {
  return listSections('2024').find((s) => s.number === section)?.title ?? `Section ${section}`;
}

export function toStatusCounts(row: StatusCounts): StatusCounts {
  return {
    yes: row.yes,
    no: row.no,
    partial: row.partial,
    na: row.na,
    missing: row.missing,
    unknown: row.unknown,
  };
}

export function toCell(row: {
  status: MatrixCell['status'];
  answerId: string;
  caveat: CaveatMarker | null;
  flags?: string[] | null;
}): MatrixCell {
  return {
    status: row.status,
    answerId: row.answerId,
    ...(row.caveat ? { caveat: row.caveat } : {}),
    ...(row.flags?.length ? { flags: row.flags } : {}),
  };
}
