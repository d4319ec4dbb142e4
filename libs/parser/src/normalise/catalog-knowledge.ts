import {
  canonicalFor,
  detectVersion,
  getProvision,
  listProvisions,
  matchRequirement,
  type CodeVersion,
} from '@app/code-catalog';
import type { CodeKnowledge } from './code-knowledge';

const numbers: Partial<Record<CodeVersion, readonly string[]>> = {};

/** The Code as @app/code-catalog knows it. */
export const catalogKnowledge: CodeKnowledge = {
  provisions(version) {
    return (numbers[version] ??= listProvisions(version).map((p) => p.number));
  },
  requirementText(version, provision) {
    return getProvision(version, provision)?.requirement ?? null;
  },
  matchRequirement(text, version, among) {
    const options = among ? { version, among, limit: among.length } : { version, limit: 5 };
    return matchRequirement(text, options).map((m) => ({ provision: m.provision.number, score: m.score }));
  },
  canonicalFor(version, provision) {
    return canonicalFor(version, provision);
  },
  detectVersion(text) {
    return detectVersion(text);
  },
};
