import type { CanonicalMapping, CodeVersion, VersionDetection } from '@app/code-catalog';

export interface RequirementScore {
  provision: string;
  /** 0..1 */
  score: number;
}

/**
 * What normalisation needs to know about the Code: the provisions each version's form lists (in form order),
 * requirement-text matching, the crosswalk and version detection. Backed by @app/code-catalog; tests may stub it.
 */
export interface CodeKnowledge {
  provisions(version: CodeVersion): readonly string[];
  requirementText(version: CodeVersion, provision: string): string | null;
  matchRequirement(text: string, version: CodeVersion, among?: readonly string[]): RequirementScore[];
  canonicalFor(version: CodeVersion, provision: string): CanonicalMapping[];
  detectVersion(text: string): VersionDetection;
}
