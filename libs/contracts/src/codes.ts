export const CODE_VERSION_VALUES = ['2022', '2024'] as const;
export type CodeVersionValue = (typeof CODE_VERSION_VALUES)[number];

export interface CodeVersionDto {
  version: CodeVersionValue;
  title: string;
  sections: { number: number; title: string }[];
  provisionCount: number;
}

export interface ProvisionDto {
  version: CodeVersionValue;
  number: string;
  section: number;
  stage: 1 | 2 | null;
  obligation: 'must' | 'should';
  requirement: string;
  shortTitle: string;
  timescale: { amount: number; unit: 'working_days' | 'days' | 'months'; from: string; extension?: boolean } | null;
}

export interface CrosswalkEntryDto {
  from2022: string;
  to2024: string | null;
  relation: 'same' | 'moved' | 'strengthened' | 'changed' | 'split' | 'merged' | 'dropped';
  confidence: 'high' | 'medium' | 'low';
  trend: 'as_is' | 'caveat' | 'none';
  note: string;
}
