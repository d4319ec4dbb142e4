import type { ExportVersions } from '@app/db';
import type { NamedValue } from './xlsx/workbook-spec';

/** Who made an export, when, and from which data: stated on every cover sheet and report. */
export interface ExportContext {
  generatedAt: Date;
  generatedBy: string;
  versions: ExportVersions;
}

export function versionFacts(versions: ExportVersions): NamedValue[] {
  return [
    { name: 'Data version', value: versions.dataVersion },
    { name: 'Code catalog version', value: versions.catalogVersion },
    { name: 'Parser versions of the counted answers', value: versions.parserVersions },
  ];
}

/** What every cover sheet states of where its export came from: its filters, who made it, when, from which data. */
export function provenance(filters: NamedValue[], context: ExportContext) {
  return {
    filters,
    generatedAt: context.generatedAt,
    generatedBy: context.generatedBy,
    versions: versionFacts(context.versions),
  };
}

/** Every filter, with "all …" for those not set, so a reader knows exactly what was left out. */
export function filterFacts(
  filters: { name: string; value: string | number | string[] | undefined | null; all: string }[],
): NamedValue[] {
  return filters.map(({ name, value, all }) => ({
    name,
    value:
      value === undefined || value === null || (Array.isArray(value) && value.length === 0)
        ? all
        : Array.isArray(value)
          ? value.join(', ')
          : String(value),
  }));
}
