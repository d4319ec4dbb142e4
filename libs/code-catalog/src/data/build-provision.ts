import type { CodeSection, CodeVersion, Obligation, Provision, Timescale } from '../types';

export interface ProvisionRow {
  number: string;
  /** Chart label without the number. */
  title: string;
  requirement: string;
  obligation?: Obligation;
  stage?: 1 | 2 | null;
  timescale?: Timescale;
}

export function buildProvisions(version: CodeVersion, rows: readonly ProvisionRow[]): readonly Provision[] {
  return rows.map((row) =>
    Object.freeze({
      version,
      number: row.number,
      section: Number(row.number.split('.')[0]),
      stage: row.stage ?? null,
      obligation: row.obligation ?? 'must',
      requirement: row.requirement,
      shortTitle: `${row.number} ${row.title}`,
      timescale: row.timescale ? Object.freeze({ ...row.timescale }) : null,
    }),
  );
}

export function buildSections(version: CodeVersion, titles: readonly string[]): readonly CodeSection[] {
  return titles.map((title, index) => Object.freeze({ version, number: index + 1, title }));
}
