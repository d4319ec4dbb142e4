import { PROVISIONS_2022, SECTIONS_2022 } from './data/code-2022';
import { PROVISIONS_2024, SECTIONS_2024 } from './data/code-2024';
import type { CodeSection, CodeVersion, Provision } from './types';

/** Bump whenever provision text, titles, timescales or crosswalk rows change. */
export const CATALOG_VERSION = '1.0.0';

const SECTIONS: Record<CodeVersion, readonly CodeSection[]> = {
  '2022': SECTIONS_2022,
  '2024': SECTIONS_2024,
};
const PROVISIONS: Record<CodeVersion, readonly Provision[]> = {
  '2022': PROVISIONS_2022,
  '2024': PROVISIONS_2024,
};
const BY_NUMBER: Record<CodeVersion, ReadonlyMap<string, Provision>> = {
  '2022': new Map(PROVISIONS_2022.map((p) => [p.number, p])),
  '2024': new Map(PROVISIONS_2024.map((p) => [p.number, p])),
};

export function listSections(version: CodeVersion): readonly CodeSection[] {
  return SECTIONS[version];
}

/** The assessed provisions in Code order (numeric; the 2022 form itself lists 'must' before 'should'). */
export function listProvisions(version: CodeVersion): readonly Provision[] {
  return PROVISIONS[version];
}

/** Tolerates the spellings documents use: "6.14", " 6.14 ", "6.14.", "provision 6.14", "06.14". */
export function getProvision(version: CodeVersion, number: string): Provision | undefined {
  const canonical = canonicalNumber(number);
  return canonical ? BY_NUMBER[version].get(canonical) : undefined;
}

export function canonicalNumber(number: string): string | null {
  const match = /(\d{1,2})\s*\.\s*(\d{1,2})\.?\s*$/.exec(number.trim());
  return match ? `${Number(match[1])}.${Number(match[2])}` : null;
}

/** Position in `listProvisions(version)`, or -1. */
export function provisionIndex(version: CodeVersion, number: string): number {
  const provision = getProvision(version, number);
  return provision ? PROVISIONS[version].indexOf(provision) : -1;
}
