import { getProvision, listProvisions } from './catalog';
import { CROSSWALK_ENTRIES } from './data/crosswalk';
import type {
  CanonicalMapping,
  CodeVersion,
  CrosswalkEntry,
  CrosswalkRelation,
  Provision,
  TrendCarry,
} from './types';

export function crosswalk(): readonly CrosswalkEntry[] {
  return CROSSWALK_ENTRIES;
}

export function trendCarryFor(relation: CrosswalkRelation): TrendCarry {
  switch (relation) {
    case 'same':
    case 'moved':
      return 'as_is';
    case 'strengthened':
    case 'changed':
    case 'split':
    case 'merged':
      return 'caveat';
    case 'dropped':
      return 'none';
  }
}

/**
 * The 2024 provisions an answer to `number` counts towards. A 2024 provision maps to itself; a 2022 one
 * through the crosswalk. Empty for an unknown number and for a 2022 provision the 2024 Code dropped.
 */
export function canonicalFor(version: CodeVersion, number: string): CanonicalMapping[] {
  const provision = getProvision(version, number);
  if (!provision) return [];
  if (version === '2024') {
    return [{ provision: provision.number, relation: 'same', confidence: 'high', trend: 'as_is' }];
  }
  return CROSSWALK_ENTRIES.filter(
    (entry) => entry.from2022 === provision.number && entry.to2024 !== null,
  ).map((entry) => ({
    provision: entry.to2024 as string,
    relation: entry.relation,
    confidence: entry.confidence,
    trend: trendCarryFor(entry.relation),
  }));
}

/** The 2022 crosswalk rows that lead to a 2024 provision. */
export function sourcesFor(number2024: string): CrosswalkEntry[] {
  const provision = getProvision('2024', number2024);
  if (!provision) return [];
  return CROSSWALK_ENTRIES.filter((entry) => entry.to2024 === provision.number);
}

/** 2024 provisions no 2022 provision leads to: duties new in 2024. */
export function provisionsNewIn2024(): Provision[] {
  const reached = new Set(CROSSWALK_ENTRIES.map((entry) => entry.to2024));
  return listProvisions('2024').filter((p) => !reached.has(p.number));
}

/** 2022 provisions with no 2024 successor. */
export function provisionsDroppedFrom2022(): Provision[] {
  const carried = new Set(CROSSWALK_ENTRIES.filter((e) => e.to2024 !== null).map((e) => e.from2022));
  return listProvisions('2022').filter((p) => !carried.has(p.number));
}
