import type { MatrixProvision } from '@app/contracts';

export interface SectionGroup {
  section: number;
  title: string;
  provisions: MatrixProvision[];
}

/** Provisions grouped by Code section, in Code order, for the heat map's two header rows. */
export function groupBySection(
  provisions: MatrixProvision[],
  sectionTitles: Record<number, string> = {},
): SectionGroup[] {
  const groups = new Map<number, SectionGroup>();
  for (const provision of provisions) {
    let group = groups.get(provision.section);
    if (!group) {
      group = {
        section: provision.section,
        title: sectionTitles[provision.section] ?? `Section ${provision.section}`,
        provisions: [],
      };
      groups.set(provision.section, group);
    }
    group.provisions.push(provision);
  }
  return [...groups.values()]
    .sort((a, b) => a.section - b.section)
    .map((group) => ({
      ...group,
      provisions: [...group.provisions].sort((a, b) => compareProvisions(a.provision, b.provision)),
    }));
}

/** 6.3 before 6.10: provision numbers compare part by part. */
export function compareProvisions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? 0) - (right[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
